package vn.lamtheo.pledge.review;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueProjectionTest {

    static TestMongo mongo;
    ReviewQueueProjection projection;
    final PledgeEvents p = new PledgeEvents("pl-a", "member1", "nt/b1", "nt", 2026);
    final PledgeEvents q = new PledgeEvents("pl-b", "member2", "nt/b1", "nt", 2026);

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        projection = new ReviewQueueProjection(mongo.database());
        projection.reset();
    }

    Document queue() {
        return mongo.database().getCollection(ReviewQueueProjection.COLLECTION)
                .find(new Document("_id", ReviewQueueProjection.id("nt/b1", 2026))).first();
    }

    Document entry(String pledgeId) {
        return queue().get("pledges", Document.class).get(pledgeId, Document.class);
    }

    void apply(PledgeEvent... events) {
        long seq = 0;
        for (PledgeEvent e : events) {
            projection.on(e, seq++);
        }
    }

    @Test
    void one_document_per_branch_and_year_with_an_entry_per_pledge() {
        apply(p.drafted());
        projection.on(q.drafted(), 0L);
        assertThat(queue().getString("branchId")).isEqualTo("nt/b1");
        assertThat(queue().getInteger("year")).isEqualTo(2026);
        assertThat(queue().get("pledges", Document.class).keySet()).containsExactlyInAnyOrder("pl-a", "pl-b");
        assertThat(entry("pl-a").getString("status")).isEqualTo("DRAFT");
        assertThat(entry("pl-a").getString("memberName")).isEqualTo("Nguyễn Văn Một");
    }

    @Test
    void submission_records_date_findings_and_last_action() {
        apply(p.drafted(), p.submitted(new TemplateFinding("NO_REMEDY", "bienPhapKhacPhuc", "Biện pháp", "x")));
        Document e = entry("pl-a");
        assertThat(e.getString("status")).isEqualTo("SUBMITTED");
        assertThat(e.getDate("submittedAt")).isNotNull();
        assertThat(e.getList("findings", Document.class)).extracting(d -> d.getString("rule")).containsExactly("NO_REMEDY");
        assertThat(e.get("lastAction", Document.class).getString("type")).isEqualTo("PledgeSubmitted");
    }

    @Test
    void copy_check_fills_the_slot_and_a_revision_clears_it() {
        apply(p.drafted(), p.submitted(), p.copyCheck(0.83, true, "pl-src"));
        Document check = entry("pl-a").get("copyCheck", Document.class);
        assertThat(check.getDouble("score")).isEqualTo(0.83);
        assertThat(check.getBoolean("suspected")).isTrue();
        assertThat(entry("pl-a").get("copySources", Document.class).keySet()).containsExactly("pl-src");
        assertThat(entry("pl-a").get("lastAction", Document.class).getString("type"))
                .as("the copy check is not a person's action").isEqualTo("PledgeSubmitted");

        projection.on(p.revisionRequested("secretary1"), 3L);
        projection.on(p.revised(1), 4L);
        assertThat(entry("pl-a").get("copyCheck")).isNull();
        assertThat(entry("pl-a").get("copySources")).isNull();
        assertThat(entry("pl-a").getInteger("revision")).isEqualTo(1);
    }

    @Test
    void a_source_found_later_joins_the_check_and_puts_the_pledge_under_suspicion() {
        apply(p.drafted(), p.submitted(), p.copyCheck(0.2, false, "pl-x"), p.copiedFrom("pl-last-year", 0.95));
        Document check = entry("pl-a").get("copyCheck", Document.class);
        assertThat(check.getDouble("score")).isEqualTo(0.95);
        assertThat(check.getBoolean("suspected")).isTrue();
        assertThat(check.getBoolean("dismissed")).isFalse();
        assertThat(entry("pl-a").get("copySources", Document.class).keySet()).containsExactlyInAnyOrder("pl-x", "pl-last-year");
    }

    @Test
    void a_pair_found_by_the_other_check_replaces_its_evidence_and_a_withdrawal_removes_it() {
        apply(p.drafted(), p.submitted(), p.copyCheck(0.83, true, "pl-src"),
                p.pair("pl-later", CopyDirection.COPIED_BY, 0.9, 0.83, true),
                p.pair("pl-src", CopyDirection.COPIED_FROM, 0.6, 0.6, true));
        Document check = entry("pl-a").get("copyCheck", Document.class);
        assertThat(check.getDouble("score")).isEqualTo(0.6);
        Document sources = entry("pl-a").get("copySources", Document.class);
        assertThat(sources.keySet()).containsExactlyInAnyOrder("pl-src", "pl-later");
        assertThat(sources.get("pl-src", Document.class).getDouble("score")).isEqualTo(0.6);
        assertThat(sources.get("pl-later", Document.class).getString("direction")).isEqualTo("COPIED_BY");

        projection.on(p.withdrawn("pl-src", 0, false), 5L);
        assertThat(entry("pl-a").get("copySources", Document.class).keySet()).containsExactly("pl-later");
        assertThat(entry("pl-a").get("copyCheck", Document.class).getBoolean("suspected")).isFalse();
    }

    @Test
    void dismissal_marks_the_check_dismissed() {
        apply(p.drafted(), p.submitted(), p.copyCheck(0.83, true, "pl-src"), p.dismissed("secretary1"));
        assertThat(entry("pl-a").get("copyCheck", Document.class).getBoolean("dismissed")).isTrue();
        assertThat(entry("pl-a").getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        apply(p.drafted(), p.submitted(), p.approved("secretary1"), p.copiedBy("pl-later"));
        Document before = queue();
        projection.on(p.submitted(), 1L);
        projection.on(p.copiedBy("pl-later"), 3L);
        assertThat(queue()).isEqualTo(before);
        assertThat(entry("pl-a").getString("status")).isEqualTo("APPROVED");
        assertThat(entry("pl-a").get("copySources", Document.class).keySet()).containsExactly("pl-later");
    }

    @Test
    void a_replay_gives_the_same_document() {
        List<PledgeEvent> story = List.of(p.drafted(), p.submitted(), p.copyCheck(0.5, false, "pl-x"),
                p.revisionRequested("secretary1"), p.revised(1), p.approved("secretary1"));
        apply(story.toArray(PledgeEvent[]::new));
        Document first = queue();
        projection.reset();
        apply(story.toArray(PledgeEvent[]::new));
        assertThat(queue()).isEqualTo(first);
    }
}
