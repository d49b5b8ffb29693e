package vn.lamtheo.model.registry;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.model.adoption.AdopterLedger;
import vn.lamtheo.model.adoption.AdoptionProjection;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.MongoTestSupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.model.testsupport.Demo.*;

class RegistryProjectionTest {

    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    static final Instant T1 = Instant.parse("2025-04-01T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-02-01T02:00:00Z");

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    ModelViews views;
    RegistryIndex index;
    RegistryProjection projection;
    AdopterLedger ledger;
    AdoptionProjection adoptions;

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        views = new ModelViews(mongo.database());
        index = new RegistryIndex(mongo.database(), Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        projection = new RegistryProjection(views, index, new CommuneResolver(new FakeDirectory().provider()));
        ledger = new AdopterLedger(mongo.database(), views, index);
        adoptions = new AdoptionProjection(ledger);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** A branch model through its whole life, with the sequence numbers the event store would give. */
    static List<ModelEvent> lifeOfAModel() {
        String id = "m-1";
        String owner = NHI_TRUONG_BRANCH;
        return List.of(
                new ModelDrafted(id, owner, "p-secretary1", T0, content()),
                new ModelSubmitted(id, owner, "p-secretary1", T0),
                new ModelOverlapChecked(id, owner, "system:overlap", T0, 0.4, List.of(
                        new OverlapFinding(OverlapSource.DAN_VAN_KHEO, "dvk-1", "Dân vận khéo: Vườn rau", 0.4, List.of()))),
                new ModelOverlapFlagged(id, owner, "p-curator", T0, OverlapSource.DAN_VAN_KHEO, "dvk-1", "Trùng"),
                new ModelRevised(id, owner, "p-secretary1", T1, content()),
                new ModelRegistered(id, owner, "p-curator", T1, 2025),
                new ModelFeatured(id, owner, "p-curator", T1, 2025),
                new ModelAdoptionRecorded(id, owner, "p-secretary2", T1, "a-1", HIEP_HOA_BRANCH, null, 2025, "12 hộ"),
                new ModelCarriedOver(id, owner, "system:screening", T2, 2026));
    }

    void project(List<ModelEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            projection.on(events.get(i), (long) i);
            if (events.get(i) instanceof ModelAdoptionRecorded a) {
                adoptions.on(a);
            }
        }
    }

    @Test
    void aDraftHasAScreenAndACard() {
        project(lifeOfAModel().subList(0, 1));
        ModelView view = views.find("m-1").orElseThrow();
        assertThat(view.status).isEqualTo(ModelStatus.DRAFT);
        assertThat(view.version).isZero();
        assertThat(view.communeId).isEqualTo(NHI_TRUONG);
        assertThat(view.title).isEqualTo(content().title());
        assertThat(view.description).isEqualTo(content().description());
        RegistryCard card = index.all().get(0);
        assertThat(card.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(card.search()).contains("vuon cay dinh duong cua chi bo");
        assertThat(card.communeId()).isEqualTo(NHI_TRUONG);
    }

    @Test
    void followsTheWholeLifecycle() {
        project(lifeOfAModel());
        ModelView view = views.find("m-1").orElseThrow();
        assertThat(view.status).isEqualTo(ModelStatus.FEATURED);
        assertThat(view.version).isEqualTo(8);
        assertThat(view.registeredYear).isEqualTo(2025);
        assertThat(view.findings.score()).isEqualTo(0.4);
        assertThat(view.overlapFlag.overlapsWith()).isEqualTo("dvk-1");
        assertThat(view.carriedOverYears).containsExactly(2026);
        assertThat(view.adoptions).hasSize(1);
        assertThat(view.adopters.total()).isEqualTo(1);
        assertThat(view.adopters.units()).isEqualTo(1);

        RegistryCard card = index.all().get(0);
        assertThat(card.status()).isEqualTo(ModelStatus.FEATURED);
        assertThat(card.adopters()).isEqualTo(1);
        assertThat(card.yearsActive(2026)).containsExactly(2025, 2026);
        assertThat(card.carriedOverWithoutResults(2026)).isTrue();
        assertThat(card.summary()).startsWith("Mỗi đảng viên giúp");
    }

    @Test
    void aReassessmentClearsTheCarryOverAndRetirementEndsTheYearsActive() {
        List<ModelEvent> events = new ArrayList<>(lifeOfAModel());
        events.add(new ModelReassessed("m-1", NHI_TRUONG_BRANCH, "p-curator", T2, 2026, ReassessmentOutcome.RETIRE, "Không hiệu quả"));
        events.add(new ModelRetired("m-1", NHI_TRUONG_BRANCH, "p-curator", T2, RetirementReason.INEFFECTIVE, "Đánh giá lại năm 2026", null));
        project(events);
        RegistryCard card = index.all().get(0);
        assertThat(card.status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(card.carriedOverWithoutResults(2026)).isFalse();
        assertThat(card.lastReassessment().outcome()).isEqualTo(ReassessmentOutcome.RETIRE);
        assertThat(card.yearsActive(2027)).containsExactly(2025, 2026);
        assertThat(views.find("m-1").orElseThrow().retirement.reason()).isEqualTo(RetirementReason.INEFFECTIVE);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<ModelEvent> events = lifeOfAModel();
        project(events);
        Document before = mongo.database().getCollection(ModelViews.COLLECTION).find().first();
        project(events);
        projection.on(events.get(3), 3L);
        assertThat(mongo.database().getCollection(ModelViews.COLLECTION).find().first()).isEqualTo(before);
        assertThat(views.find("m-1").orElseThrow().adoptions).hasSize(1);
    }

    @Test
    void aResetAndReplayGivesTheSameDocuments() {
        project(lifeOfAModel());
        List<Document> views1 = snapshot(ModelViews.COLLECTION);
        List<Document> index1 = snapshot(RegistryIndex.COLLECTION);
        projection.reset();
        adoptions.reset();
        project(lifeOfAModel());
        assertThat(snapshot(ModelViews.COLLECTION)).isEqualTo(views1);
        assertThat(snapshot(RegistryIndex.COLLECTION)).isEqualTo(index1);
    }

    @Test
    void approvedPledgesThatNameTheModelCountAsAdopters() {
        project(lifeOfAModel().subList(0, 6));
        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, List.of("m-1"), false);
        assertThat(views.find("m-1").orElseThrow().adopters.total()).as("not before approval").isZero();
        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, null, true);
        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, null, true);
        ModelView.Adopters adopters = views.find("m-1").orElseThrow().adopters;
        assertThat(adopters.total()).isEqualTo(1);
        assertThat(adopters.byYear()).containsEntry("2026", new ModelView.YearCount(1, 0));
        assertThat(index.all().get(0).adopters()).isEqualTo(1);

        // the same member through a second pledge kind still counts once
        ledger.pledgeChanged("pl-2", "p-member1", NHI_TRUONG_BRANCH, 2026, List.of("m-1"), false);
        ledger.pledgeChanged("pl-2", "p-member1", NHI_TRUONG_BRANCH, 2026, null, true);
        assertThat(views.find("m-1").orElseThrow().adopters.members()).isEqualTo(1);

        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, null, false);
        ledger.pledgeChanged("pl-2", "p-member1", NHI_TRUONG_BRANCH, 2026, null, false);
        assertThat(views.find("m-1").orElseThrow().adopters.total()).isZero();
        assertThat(index.all().get(0).adopters()).isZero();
    }

    @Test
    void aPledgeThatStopsNamingTheModelStopsCounting() {
        project(lifeOfAModel().subList(0, 6));
        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, List.of("m-1"), true);
        ledger.pledgeChanged("pl-1", "p-member1", NHI_TRUONG_BRANCH, 2026, List.of(), null);
        assertThat(views.find("m-1").orElseThrow().adopters.total()).isZero();
    }

    private List<Document> snapshot(String collection) {
        return mongo.database().getCollection(collection).find().into(new ArrayList<>());
    }
}
