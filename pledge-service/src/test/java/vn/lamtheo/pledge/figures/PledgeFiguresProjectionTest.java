package vn.lamtheo.pledge.figures;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.EvaluationResult;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PledgeFiguresProjectionTest {

    static TestMongo mongo;
    PledgeFiguresProjection projection;
    final PledgeEvents a = new PledgeEvents("pl-a", "member1", "nt/b1", "nt", 2026);
    final PledgeEvents b = new PledgeEvents("pl-b", "member2", "nt/b1", "nt", 2026);
    final PledgeEvents c = new PledgeEvents("pl-c", "member4", "nt/b2", "nt", 2026);

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
        projection = new PledgeFiguresProjection(mongo.database());
        projection.reset();
    }

    java.util.Map<String, Integer> counts(String id) {
        var query = new PledgeFiguresQuery(mongo.database());
        String[] parts = id.split("\\|");
        return parts[0].equals("BRANCH") ? query.branch(parts[1], Integer.parseInt(parts[2])).everReached()
                : query.committee(parts[1], Integer.parseInt(parts[2])).everReached();
    }

    void story(PledgeEvents p, PledgeEvent... events) {
        long seq = 0;
        for (PledgeEvent e : events) {
            projection.on(e, seq++);
        }
    }

    List<PledgeEvent> storyOfA() {
        return List.of(a.drafted(), a.submitted(new TemplateFinding("NO_REMEDY", "bienPhapKhacPhuc", "h", "m")),
                a.copyCheck(0.9, true, "pl-x"), a.revisionRequested("secretary1"), a.revised(1),
                a.approved("secretary1"), a.selfAssessed(), a.evaluated("secretary1", EvaluationResult.PARTLY));
    }

    @Test
    void counts_what_each_pledge_ever_reached_per_branch_and_commune() {
        story(a, storyOfA().toArray(PledgeEvent[]::new));
        story(b, b.drafted(), b.submitted(), b.flagged("secretary1", "pl-a"));
        story(c, c.imported(PledgeStatus.APPROVED));

        var branch = counts(PledgeFiguresProjection.branchId("nt/b1", 2026));
        assertThat(branch.get("drafted")).isEqualTo(2);
        assertThat(branch.get("submitted")).as("a revision is not a second submission").isEqualTo(2);
        assertThat(branch.get("approved")).isEqualTo(1);
        assertThat(branch.get("revisionRequested")).isEqualTo(1);
        assertThat(branch.get("flaggedAsCopied")).isEqualTo(1);
        assertThat(branch.get("copySuspected")).isEqualTo(1);
        assertThat(branch.get("evaluated")).isEqualTo(1);
        assertThat(branch.get("evaluatedPartly")).isEqualTo(1);
        assertThat(branch.get("withFindings")).isEqualTo(1);
        assertThat(branch.get("finding_NO_REMEDY")).isEqualTo(1);

        var commune = counts(PledgeFiguresProjection.committeeId("nt", 2026));
        assertThat(commune.get("drafted")).isEqualTo(3);
        assertThat(commune.get("approved")).isEqualTo(2);
        var current = new PledgeFiguresQuery(mongo.database()).branch("nt/b1", 2026).currentStatus();
        assertThat(current).containsEntry("EVALUATED", 1).containsEntry("FLAGGED_AS_COPIED", 1);
    }

    @Test
    void redelivery_and_replay_do_not_count_twice() {
        story(a, storyOfA().toArray(PledgeEvent[]::new));
        Document first = mongo.database().getCollection(PledgeFiguresProjection.COLLECTION)
                .find(new Document("_id", PledgeFiguresProjection.branchId("nt/b1", 2026))).first();
        story(a, storyOfA().toArray(PledgeEvent[]::new)); // everything delivered again
        Document again = mongo.database().getCollection(PledgeFiguresProjection.COLLECTION)
                .find(new Document("_id", PledgeFiguresProjection.branchId("nt/b1", 2026))).first();
        assertThat(again).isEqualTo(first);
        assertThat(counts(PledgeFiguresProjection.branchId("nt/b1", 2026)).get("submitted")).isEqualTo(1);

        projection.reset();
        story(a, storyOfA().toArray(PledgeEvent[]::new));
        assertThat(mongo.database().getCollection(PledgeFiguresProjection.COLLECTION)
                .find(new Document("_id", PledgeFiguresProjection.branchId("nt/b1", 2026))).first()).isEqualTo(first);
    }
}
