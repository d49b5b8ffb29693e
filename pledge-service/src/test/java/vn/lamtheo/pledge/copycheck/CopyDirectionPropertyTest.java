package vn.lamtheo.pledge.copycheck;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeSections;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.platform.store.TestMongo;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One truth per pair, whatever the order of arrival: a set of pledges (originals, copies of the same and of an earlier
 * year, a text merged from two originals, a self-copy, and a same-year pair without comparable times) imported in
 * random orders gives the same final copy results on every pledge; the direction follows the years and
 * first-submission times, never the order; no original is told it copied from its copy.
 */
class CopyDirectionPropertyTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final int PERMUTATIONS = 12;

    @TempDir
    static Path dir;
    static TestMongo mongo;
    static CopyCheckConfiguration.PledgeCopyIndex index;

    @BeforeAll
    static void index() {
        mongo = new TestMongo(dir);
        index = new CopyCheckConfiguration().pledgeCopyIndex(mongo.database(), TemplateCheck.withDefaults());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    static Instant t(String time) {
        return Instant.parse("2026-01-0" + time + "Z");
    }

    static PledgeContent written(Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        Map<String, String> sections = (Map<String, String>) body.get("sections");
        return new PledgeContent(TestPledges.header(), PledgeSections.fromMap(sections), List.of());
    }

    /** The first five sections of one text and the last four of another. */
    static PledgeContent merged(PledgeContent first, PledgeContent second) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (SectionKey key : SectionKey.values()) {
            PledgeContent from = key.ordinal() < 5 ? first : second;
            sections.put(key.key(), from.sections().asMap().get(key.key()));
        }
        return new PledgeContent(TestPledges.header(), PledgeSections.fromMap(sections), List.of());
    }

    static final PledgeContent A = TestPledges.content();
    static final PledgeContent B = written(CopyCheckHttpTest.unrelated(2026));
    static final PledgeContent C = written(CopyCheckHttpTest.another(2026));

    static List<CopyCheckWorld.Line> pledges() {
        return List.of(
                new CopyCheckWorld.Line("a-orig", "m-a", BRANCH, 2026, A, t("1T08:00:00")),
                new CopyCheckWorld.Line("a-copy", "m-b", BRANCH, 2026, A, t("5T08:00:00")),
                new CopyCheckWorld.Line("a-self-next-year", "m-a", BRANCH, 2027, A, null),
                new CopyCheckWorld.Line("b-orig", "m-c", BRANCH, 2026, B, t("2T08:00:00")),
                new CopyCheckWorld.Line("b-untimed", "m-d", BRANCH, 2026, B, null),
                new CopyCheckWorld.Line("merged-ab", "m-e", BRANCH, 2026, merged(A, B), t("6T08:00:00")),
                new CopyCheckWorld.Line("c-last-year", "m-f", BRANCH, 2025, C, null),
                new CopyCheckWorld.Line("c-copy", "m-g", BRANCH, 2026, C, null));
    }

    /** What a pledge's copy report is made of: its figures and its sources, without the times of recording. */
    record Result(double score, boolean suspected, List<CopySource> sources) {
    }

    static Map<String, Result> run(List<CopyCheckWorld.Line> order) {
        Map<String, Result> results = new LinkedHashMap<>();
        try (CopyCheckWorld world = new CopyCheckWorld(index)) {
            order.forEach(world::importLine);
            for (CopyCheckWorld.Line line : pledges()) {
                PledgeView.CopyCheck check = world.view(line.id()).copyCheck();
                assertThat(check).as("checked: " + line.id()).isNotNull();
                results.put(line.id(), new Result(check.score(), check.suspected(), check.sources()));
            }
        }
        return results;
    }

    @Test
    void every_order_of_arrival_gives_the_same_reports_and_the_direction_of_the_times() {
        Map<String, Result> reference = run(pledges());
        Random random = new Random(17);
        for (int i = 0; i < PERMUTATIONS; i++) {
            List<CopyCheckWorld.Line> order = new ArrayList<>(pledges());
            if (i == 0) {
                Collections.reverse(order);
            } else {
                Collections.shuffle(order, random);
            }
            assertThat(run(order)).as("order " + order.stream().map(CopyCheckWorld.Line::id).toList())
                    .isEqualTo(reference);
        }

        // The directions are those of the years and times, and both sides of each pair mirror each other.
        assertThat(direction(reference, "a-copy", "a-orig")).isEqualTo(CopyDirection.COPIED_FROM);
        assertThat(direction(reference, "a-self-next-year", "a-orig")).isEqualTo(CopyDirection.COPIED_FROM);
        assertThat(direction(reference, "merged-ab", "a-orig")).isEqualTo(CopyDirection.COPIED_FROM);
        assertThat(direction(reference, "merged-ab", "b-orig")).isEqualTo(CopyDirection.COPIED_FROM);
        assertThat(direction(reference, "c-copy", "c-last-year")).isEqualTo(CopyDirection.COPIED_FROM);
        assertThat(direction(reference, "b-untimed", "b-orig")).isEqualTo(CopyDirection.UNDETERMINED);
        reference.forEach((id, result) -> result.sources().forEach(s -> {
            CopySource back = source(reference, s.pledgeId(), id);
            assertThat(back.direction()).as(id + " / " + s.pledgeId()).isEqualTo(s.direction().mirrored());
            assertThat(back.score()).isEqualTo(s.score());
        }));

        // Being copied never makes a pledge suspected; originals are not accused.
        assertThat(reference.get("a-orig").suspected()).isFalse();
        assertThat(reference.get("c-last-year").suspected()).isFalse();
        assertThat(reference.get("a-copy").suspected()).isTrue();
        assertThat(reference.get("merged-ab").suspected()).isTrue();
        assertThat(reference.get("c-copy").suspected()).isTrue();
        // nothing orders the same-year pair without a time: both are suspected, in neutral words
        assertThat(reference.get("b-untimed").suspected()).isTrue();
        assertThat(reference.get("b-orig").suspected()).isTrue();
    }

    static CopySource source(Map<String, Result> results, String of, String other) {
        return results.get(of).sources().stream().filter(s -> s.pledgeId().equals(other)).findFirst()
                .orElseThrow(() -> new AssertionError(of + " has no source " + other + ": " + results.get(of)));
    }

    static CopyDirection direction(Map<String, Result> results, String of, String other) {
        return source(results, of, other).direction();
    }
}
