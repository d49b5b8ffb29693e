package vn.lamtheo.supervision.report.figures;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.directory.MongoDirectory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFiguresProjectionTest {

    static final String DISTRICT = "cn";
    static final String NT = "cn/nt";
    static final String NT_B1 = "cn/nt/b1";
    static final String NT_B2 = "cn/nt/b2";
    static final String HH = "cn/hh";
    static final String HH_B1 = "cn/hh/b1";
    static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    static TestMongo mongo;
    static MongoDirectory directory;
    ReportFiguresProjection projection;
    FiguresReader reader;

    final PledgeEvents a = new PledgeEvents("pl-a", "m1", NT_B1, NT, 2026);
    final PledgeEvents b = new PledgeEvents("pl-b", "m2", NT_B1, NT, 2026);
    final PledgeEvents c = new PledgeEvents("pl-c", "m3", NT_B2, NT, 2026);
    final PledgeEvents d = new PledgeEvents("pl-d", "m4", HH_B1, HH, 2026);
    final PledgeEvents old = new PledgeEvents("pl-old", "m1", NT_B1, NT, 2025);

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
        directory = new MongoDirectory(mongo.database());
        directory.saveUnit(new Unit(DISTRICT, UnitType.DISTRICT, "Huyện Cầu Ngang", null));
        directory.saveUnit(new Unit(NT, UnitType.COMMITTEE, "Xã Nhị Trường", DISTRICT));
        directory.saveUnit(new Unit(NT_B1, UnitType.BRANCH, "Chi bộ ấp Một", NT));
        directory.saveUnit(new Unit(NT_B2, UnitType.BRANCH, "Chi bộ ấp Hai", NT));
        directory.saveUnit(new Unit(HH, UnitType.COMMITTEE, "Xã Hiệp Hòa", DISTRICT));
        directory.saveUnit(new Unit(HH_B1, UnitType.BRANCH, "Chi bộ ấp Ba", HH));
        for (String[] p : new String[][]{{"m1", NT_B1}, {"m2", NT_B1}, {"m5", NT_B1}, {"m3", NT_B2}, {"m4", HH_B1}}) {
            directory.savePerson(new Person(p[0], "Người " + p[0], p[1], Set.of(Role.MEMBER)));
        }
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        projection = new ReportFiguresProjection(mongo.database(), directory);
        projection.reset();
        reader = new FiguresReader(mongo.database(), directory);
    }

    List<Object[]> storyOfAll() {
        List<Object[]> events = new ArrayList<>();
        TemplateFinding noDuties = new TemplateFinding("DUTIES_NOT_MENTIONED", "thucHienChucTrachNhiemVu", "h", "m");
        TemplateFinding vague = new TemplateFinding("ACTION_WITHOUT_TARGET", "noiDungLamTheo", "h", "m");
        TemplateFinding same = new TemplateFinding("SAME_AS_LAST_YEAR", "tuTuongChinhTri", "h", "m");
        add(events, a.drafted(), a.submitted(noDuties, vague), a.copyCheck(0.9, true, "pl-x"),
                a.revisionRequested("s1"), a.revised(1), a.approved("s1"), a.selfAssessed(),
                a.evaluated("s1", EvaluationResult.PARTLY));
        add(events, b.drafted(), b.submitted(same), b.copyCheck(0.95, true, "pl-a"), b.flagged("s1", "pl-a"));
        add(events, c.drafted(), c.submitted(), c.copyCheck(0.7, true, "pl-a"), c.dismissed("s1"), c.approved("s1"));
        add(events, d.imported(PledgeStatus.APPROVED));
        add(events, old.imported(PledgeStatus.SUBMITTED));
        // models: one of a branch of Nhị Trường, one of Hiệp Hòa itself, one draft never submitted
        add(events, new ModelDrafted("mo-1", NT_B1, "u", AT, content("KINH_TE")), new ModelSubmitted("mo-1", NT_B1, "u", AT),
                new ModelRegistered("mo-1", NT_B1, "c", AT, 2026), new ModelFeatured("mo-1", NT_B1, "c", AT, 2026),
                new ModelAdoptionRecorded("mo-1", NT_B1, "c", AT, "ad-1", HH_B1, null, 2026, "tốt"));
        add(events, new ModelDrafted("mo-2", HH, "u", AT, content("VAN_HOA_XA_HOI")), new ModelSubmitted("mo-2", HH, "u", AT),
                new ModelOverlapFlagged("mo-2", HH, "c", AT, OverlapSource.DAN_VAN_KHEO, "dvk-1", null),
                new ModelRevised("mo-2", HH, "u", AT, content("KINH_TE")),
                new ModelRegistered("mo-2", HH, "c", AT, 2026),
                new ModelRetired("mo-2", HH, "c", AT, RetirementReason.DUPLICATE, null, null));
        add(events, new ModelDrafted("mo-3", NT, "u", AT, content("KINH_TE")));
        return events;
    }

    static ModelContent content(String field) {
        return new ModelContent("Mô hình", field, ModelKind.COLLECTIVE, 2026, null);
    }

    static void add(List<Object[]> events, Object... stream) {
        long seq = 0;
        for (Object e : stream) {
            events.add(new Object[]{e, seq++});
        }
    }

    void deliver(List<Object[]> events) {
        for (Object[] e : events) {
            Object event = e[0];
            Long seq = (Long) e[1];
            if (event instanceof PledgeEvent p) {
                projection.on(p);
            } else if (event instanceof ModelDrafted m) {
                projection.on(m, seq);
            } else if (event instanceof ModelSubmitted m) {
                projection.on(m, seq);
            } else if (event instanceof ModelRegistered m) {
                projection.on(m, seq);
            } else if (event instanceof ModelFeatured m) {
                projection.on(m, seq);
            } else if (event instanceof ModelAdoptionRecorded m) {
                projection.on(m);
            } else if (event instanceof ModelOverlapFlagged m) {
                projection.on(m, seq);
            } else if (event instanceof ModelRevised m) {
                projection.on(m, seq);
            } else if (event instanceof ModelRetired m) {
                projection.on(m, seq);
            } else if (event instanceof ModelCarriedOver m) {
                projection.on(m);
            } else if (event instanceof ModelReassessed m) {
                projection.on(m, seq);
            } else {
                throw new IllegalArgumentException(event.toString());
            }
        }
    }

    FiguresReader.Tree district() {
        return reader.read(directory.unit(DISTRICT).orElseThrow(), List.of(2025, 2026));
    }

    @Test
    void counts_every_pledge_that_ever_reached_a_state_per_branch_and_commune() {
        deliver(storyOfAll());

        Figures b1 = reader.read(directory.unit(NT).orElseThrow(), List.of(2026)).of(NT_B1, 2026);
        assertThat(b1.get("members")).isEqualTo(3);
        assertThat(b1.get("pledgers")).isEqualTo(2);
        assertThat(b1.get("drafted")).isEqualTo(2);
        assertThat(b1.get("submitted")).as("a revision is not a second submission").isEqualTo(2);
        assertThat(b1.get("approved")).isEqualTo(1);
        assertThat(b1.get("revisionRequested")).isEqualTo(1);
        assertThat(b1.get("flaggedAsCopied")).isEqualTo(1);
        assertThat(b1.get("copySuspected")).isEqualTo(2);
        assertThat(b1.get("evaluated")).isEqualTo(1);
        assertThat(b1.get("evaluatedPartly")).isEqualTo(1);
        assertThat(b1.get("withFindings")).isEqualTo(2);
        assertThat(b1.get("findingMissingDuties")).isEqualTo(1);
        assertThat(b1.get("findingActionsWithoutTarget")).isEqualTo(1);
        assertThat(b1.get("findingSelfCopy")).isEqualTo(1);
        assertThat(b1.rate("approvalRate")).isEqualTo(0.5);
        assertThat(b1.rate("copyFlagRate")).isEqualTo(0.5);
        assertThat(b1.get("models")).isEqualTo(1);

        Figures nt = district().of(NT, 2026);
        assertThat(nt.get("members")).isEqualTo(4);
        assertThat(nt.get("submitted")).isEqualTo(3);
        assertThat(nt.get("approved")).isEqualTo(2);
        assertThat(nt.get("suspectedDismissed")).isEqualTo(1);
        assertThat(nt.rate("submissionRate")).isEqualTo(0.75);
        assertThat(nt.get("models")).as("the commune's own draft is not counted").isEqualTo(1);
        assertThat(nt.breakdown("modelsByStatus")).containsEntry("FEATURED", 1).hasSize(1);
        assertThat(nt.get("modelsFeatured")).isEqualTo(1);
        assertThat(nt.get("ownModelsAdopted")).isEqualTo(1);
        assertThat(nt.get("adoptions")).isZero();
    }

    @Test
    void models_are_counted_by_field_status_overlap_and_retirement_reason() {
        deliver(storyOfAll());

        Figures hh = district().of(HH, 2026);
        assertThat(hh.get("models")).isEqualTo(1);
        assertThat(hh.breakdown("modelsByField")).containsEntry("KINH_TE", 1).hasSize(1);
        assertThat(hh.breakdown("modelsByStatus")).containsEntry("RETIRED", 1);
        assertThat(hh.get("modelsOverlapDanVanKheo")).isEqualTo(1);
        assertThat(hh.breakdown("modelRetirementsByReason")).containsEntry("DUPLICATE", 1);
        assertThat(hh.get("adoptions")).as("a branch of Hiệp Hòa replicated a model").isEqualTo(1);
    }

    @Test
    void district_totals_are_the_sum_of_the_communes_and_years_stay_apart() {
        deliver(storyOfAll());
        FiguresReader.Tree tree = district();

        assertThat(tree.children()).extracting(Unit::id).containsExactly(HH, NT);
        Figures total = tree.of(DISTRICT, 2026);
        assertThat(total).isEqualTo(tree.of(NT, 2026).plus(tree.of(HH, 2026)).withCount("members", 5));
        assertThat(total.get("submitted")).isEqualTo(4);
        assertThat(total.get("models")).isEqualTo(2);
        assertThat(tree.of(DISTRICT, 2025).get("submitted")).isEqualTo(1);
        assertThat(tree.of(NT, 2025).get("approved")).isZero();
    }

    @Test
    void carried_over_models_count_until_reassessed_for_that_year() {
        deliver(storyOfAll());
        List<Object[]> more = new ArrayList<>();
        add(more, new ModelCarriedOver("mo-1", NT_B1, "system:screening", AT, 2027));
        deliver(more);
        assertThat(reader.read(directory.unit(NT).orElseThrow(), List.of(2027)).of(NT, 2027)
                .get("modelsCarriedOverWithoutResults")).isEqualTo(1);

        more.clear();
        add(more, new ModelReassessed("mo-1", NT_B1, "c", AT, 2027, ReassessmentOutcome.KEEP, "Kết quả"));
        deliver(more);
        assertThat(reader.read(directory.unit(NT).orElseThrow(), List.of(2027)).of(NT, 2027)
                .get("modelsCarriedOverWithoutResults")).isZero();
    }

    @Test
    void redelivery_and_replay_change_nothing() {
        deliver(storyOfAll());
        Document first = projection.document(NT, 2026);
        Figures before = district().of(DISTRICT, 2026);

        deliver(storyOfAll()); // everything delivered again
        assertThat(projection.document(NT, 2026)).isEqualTo(first);
        assertThat(district().of(DISTRICT, 2026)).isEqualTo(before);

        projection.reset(); // what a processor reset does, then the replay
        deliver(storyOfAll());
        assertThat(district().of(DISTRICT, 2026)).isEqualTo(before);
    }

    @Test
    void an_older_model_event_replayed_late_does_not_move_the_status_back() {
        deliver(storyOfAll());
        projection.on(new ModelSubmitted("mo-1", NT_B1, "u", AT), 1L);
        assertThat(district().of(NT, 2026).breakdown("modelsByStatus")).containsEntry("FEATURED", 1);
    }
}
