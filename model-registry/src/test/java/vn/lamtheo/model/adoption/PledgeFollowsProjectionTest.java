package vn.lamtheo.model.adoption;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.ModelAdoptionRecorded;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelRegistered;
import vn.lamtheo.kernel.events.model.ModelSubmitted;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.model.registry.CommuneResolver;
import vn.lamtheo.model.registry.ModelView;
import vn.lamtheo.model.registry.ModelViews;
import vn.lamtheo.model.registry.RegistryCard;
import vn.lamtheo.model.registry.RegistryIndex;
import vn.lamtheo.model.registry.RegistryProjection;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.MongoTestSupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.model.testsupport.Demo.*;

/**
 * The adopters a model's screen and card show, fed by the pledge context's published events through the model
 * projections' group as Axon runs it (the same handlers, in their group order, each event once per handler).
 */
class PledgeFollowsProjectionTest {

    static final Instant T = Instant.parse("2026-03-12T02:00:00Z");
    static final String OTHER_BRANCH = HIEP_HOA_BRANCH;

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    ModelViews views;
    RegistryIndex index;
    RegistryProjection registry;
    AdoptionProjection adoptions;
    PledgeFollowsProjection follows;
    SimpleEventHandlerInvoker group;

    /** Every event delivered so far, in order, for replays. */
    final List<EventMessage<?>> delivered = new ArrayList<>();
    final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        views = new ModelViews(mongo.database());
        index = new RegistryIndex(mongo.database(), Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        registry = new RegistryProjection(views, index, new CommuneResolver(new FakeDirectory().provider()));
        AdopterLedger ledger = new AdopterLedger(mongo.database(), views, index);
        adoptions = new AdoptionProjection(ledger);
        follows = new PledgeFollowsProjection(ledger);
        group = SimpleEventHandlerInvoker.builder().eventHandlers(registry, adoptions, follows).build();
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    // --- delivering events as the event store would (aggregate type, id and sequence number) ---

    void deliver(Object... events) throws Exception {
        for (Object event : events) {
            String type = event instanceof PledgeEvent ? "Pledge" : "Model";
            String id = event instanceof PledgeEvent p ? p.pledgeId() : ((vn.lamtheo.kernel.events.model.ModelEvent) event).modelId();
            long seq = sequences.merge(id, 1L, Long::sum) - 1;
            EventMessage<?> message = new GenericDomainEventMessage<>(type, id, seq, event);
            delivered.add(message);
            handle(message);
        }
    }

    void handle(EventMessage<?> message) throws Exception {
        group.handle(message, Segment.ROOT_SEGMENT);
    }

    void redeliverAll() throws Exception {
        for (EventMessage<?> message : delivered) {
            handle(message);
        }
    }

    void registered(String modelId) throws Exception {
        deliver(new ModelDrafted(modelId, NHI_TRUONG_BRANCH, "p-secretary1", T, content()),
                new ModelSubmitted(modelId, NHI_TRUONG_BRANCH, "p-secretary1", T),
                new ModelRegistered(modelId, NHI_TRUONG_BRANCH, "p-curator", T, 2026));
    }

    static PledgeContent naming(String... modelIds) {
        return new PledgeContent(null, null, List.of(modelIds));
    }

    static PledgeDrafted drafted(String pledgeId, String member, int year, PledgeContent content) {
        return new PledgeDrafted(pledgeId, member, NHI_TRUONG_BRANCH, NHI_TRUONG, year, TemplateKind.PARTY_MEMBER, 1, content, member, T);
    }

    static PledgeSubmitted submitted(String pledgeId, String member, int year, PledgeContent content) {
        return new PledgeSubmitted(pledgeId, member, NHI_TRUONG_BRANCH, NHI_TRUONG, year, TemplateKind.PARTY_MEMBER, 1, content, List.of(), member, T);
    }

    static PledgeApproved approved(String pledgeId, String member, int year) {
        return new PledgeApproved(pledgeId, member, NHI_TRUONG_BRANCH, NHI_TRUONG, year, TemplateKind.PARTY_MEMBER, "Đạt", "p-secretary1", T);
    }

    /** Drafted, submitted and approved, naming the given content. */
    Object[] approvedPledge(String pledgeId, String member, int year, PledgeContent content) {
        return new Object[]{drafted(pledgeId, member, year, content), submitted(pledgeId, member, year, content), approved(pledgeId, member, year)};
    }

    ModelView.Adopters adopters(String modelId) {
        return views.find(modelId).orElseThrow().adopters;
    }

    int cardAdopters(String modelId) {
        return index.all().stream().filter(c -> c.id().equals(modelId)).findFirst().map(RegistryCard::adopters).orElseThrow();
    }

    List<Document> snapshot(String collection) {
        return mongo.database().getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    Map<String, List<Document>> allDocuments() {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String c : List.of("model_views", "model_registry", AdopterLedger.ADOPTERS, AdopterLedger.FOLLOWS)) {
            all.put(c, snapshot(c));
        }
        return all;
    }

    // --- the cases ---

    @Test
    void anApprovedPledgeThatNamesTheModelMakesOneAdopterOnTheScreenAndTheCard() throws Exception {
        registered("m-1");
        deliver(drafted("pl-1", "member1", 2026, naming("m-1")), submitted("pl-1", "member1", 2026, naming("m-1")));
        assertThat(adopters("m-1").total()).as("drafted and submitted do not count").isZero();
        assertThat(cardAdopters("m-1")).isZero();

        deliver(approved("pl-1", "member1", 2026));
        ModelView.Adopters adopters = adopters("m-1");
        assertThat(adopters.total()).isEqualTo(1);
        assertThat(adopters.members()).isEqualTo(1);
        assertThat(adopters.units()).isZero();
        assertThat(adopters.byYear()).containsExactly(Map.entry("2026", new ModelView.YearCount(1, 0)));
        assertThat(cardAdopters("m-1")).isEqualTo(1);
    }

    @Test
    void selfAssessedAndEvaluatedStillCountRetiredStopsCounting() throws Exception {
        registered("m-1");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1")));
        deliver(new PledgeSelfAssessed("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, "Đã làm", "member1", T));
        assertThat(adopters("m-1").total()).isEqualTo(1);
        deliver(new PledgeEvaluated("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                EvaluationResult.FULFILLED, "Tốt", "p-secretary1", T));
        assertThat(adopters("m-1").total()).isEqualTo(1);

        deliver(new PledgeRetired("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                "Chuyển sinh hoạt", PledgeStatus.EVALUATED, "p-secretary1", T));
        assertThat(adopters("m-1").total()).isZero();
        assertThat(adopters("m-1").byYear()).isEmpty();
        assertThat(cardAdopters("m-1")).isZero();
    }

    @Test
    void aPledgeSentBackStopsCountingAndARevisionThatNamesAnotherModelMovesTheCountOnceApproved() throws Exception {
        registered("m-1");
        registered("m-2");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1")));
        assertThat(adopters("m-1").total()).isEqualTo(1);

        // sent back (the pledge context sends back only submitted pledges today; the rule holds whatever came before)
        deliver(new PledgeRevisionRequested("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                "Ghi rõ thời hạn", Map.of(), "p-secretary1", T));
        assertThat(adopters("m-1").total()).isZero();

        // the member edits it to name m-2 instead, revises; it counts for m-2 once approved again
        deliver(new PledgeEdited("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, naming("m-2"), "member1", T),
                new PledgeRevised("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, 1, 1, naming("m-2"), List.of(), "member1", T));
        assertThat(adopters("m-1").total()).isZero();
        assertThat(adopters("m-2").total()).isZero();
        deliver(approved("pl-1", "member1", 2026));
        assertThat(adopters("m-1").total()).isZero();
        assertThat(cardAdopters("m-1")).isZero();
        assertThat(adopters("m-2").total()).isEqualTo(1);
        assertThat(cardAdopters("m-2")).isEqualTo(1);

        // flagged as copied after a resubmission naming both: nothing counts until approved again
        deliver(new PledgeFlaggedAsCopied("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                List.of("pl-9"), "Sao chép", "p-secretary1", T));
        assertThat(adopters("m-2").total()).isZero();
    }

    @Test
    void anEditOfTheModelsMovesTheCountWhileThePledgeStandsApproved() throws Exception {
        registered("m-1");
        registered("m-2");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1")));
        // not something the pledge aggregate allows today, but the projection follows what the events say
        deliver(new PledgeEdited("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, naming("m-2", "m-1"), "member1", T));
        assertThat(adopters("m-1").total()).isEqualTo(1);
        assertThat(adopters("m-2").total()).isEqualTo(1);
        deliver(new PledgeEdited("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, naming(), "member1", T));
        assertThat(adopters("m-1").total()).isZero();
        assertThat(adopters("m-2").total()).isZero();
    }

    @Test
    void aMemberCountsOncePerModelAndYearWhateverTheNumberOfPledges() throws Exception {
        registered("m-1");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1", "m-1")));
        PledgeContent youth = naming("m-1");
        deliver(new PledgeImported("pl-2", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.YOUTH_UNION, 1, youth,
                PledgeStatus.APPROVED, List.of(), "p-admin", T));
        assertThat(adopters("m-1").members()).as("two pledges of member1 in 2026").isEqualTo(1);

        deliver(approvedPledge("pl-3", "member1", 2025, naming("m-1")));
        deliver(approvedPledge("pl-4", "member2", 2026, naming("m-1")));
        deliver(new PledgeImported("pl-5", "member3", OTHER_BRANCH, HIEP_HOA, 2026, TemplateKind.PARTY_MEMBER, 1, naming("m-1"),
                PledgeStatus.SUBMITTED, List.of(), "p-admin", T));
        ModelView.Adopters adopters = adopters("m-1");
        assertThat(adopters.byYear()).containsExactly(
                Map.entry("2025", new ModelView.YearCount(1, 0)),
                Map.entry("2026", new ModelView.YearCount(2, 0)));
        assertThat(adopters.total()).as("member1 and member2 over all years").isEqualTo(2);
        assertThat(cardAdopters("m-1")).isEqualTo(2);

        // one of member1's two 2026 pledges retired: member1 still follows it in 2026
        deliver(new PledgeRetired("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                "Trùng", PledgeStatus.APPROVED, "p-secretary1", T));
        assertThat(adopters("m-1").byYear().get("2026")).isEqualTo(new ModelView.YearCount(2, 0));
    }

    @Test
    void pledgesAndRecordedAdoptionsAddUp() throws Exception {
        registered("m-1");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1")));
        assertThat(adopters("m-1").total()).isEqualTo(1);
        deliver(new ModelAdoptionRecorded("m-1", NHI_TRUONG_BRANCH, "p-secretary2", T, "a-1", OTHER_BRANCH, null, 2026, "12 hộ"),
                new ModelAdoptionRecorded("m-1", NHI_TRUONG_BRANCH, "p-secretary1", T, "a-2", NHI_TRUONG_BRANCH, "member1", 2026, "Vườn rau"));
        ModelView.Adopters adopters = adopters("m-1");
        assertThat(adopters.byYear()).as("member1 once (pledge and recorded adoption), one unit")
                .containsExactly(Map.entry("2026", new ModelView.YearCount(1, 1)));
        assertThat(adopters.total()).isEqualTo(2);
        assertThat(cardAdopters("m-1")).isEqualTo(2);
    }

    @Test
    void aPledgeThatNamesAModelBeforeItsEventsArriveCountsOnceTheModelExists() throws Exception {
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1", "not-a-model")));
        assertThat(views.find("m-1")).isEmpty();
        registered("m-1");
        assertThat(adopters("m-1").total()).isEqualTo(1);
        assertThat(cardAdopters("m-1")).isEqualTo(1);
    }

    @Test
    void pledgesThatNameNoModelLeaveNoTrace() throws Exception {
        registered("m-1");
        Map<String, List<Document>> before = allDocuments();
        deliver(approvedPledge("pl-1", "member1", 2026, naming()));
        deliver(new CopyCheckRecorded("pl-1", "member1", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                0.1, false, List.of(), PledgeEvent.SYSTEM, T));
        assertThat(allDocuments()).isEqualTo(before);
    }

    /** A little of everything, for the idempotency and replay checks. */
    void aBusyYear() throws Exception {
        registered("m-1");
        registered("m-2");
        deliver(approvedPledge("pl-1", "member1", 2026, naming("m-1")));
        deliver(approvedPledge("pl-2", "member2", 2026, naming("m-1", "m-2")));
        deliver(drafted("pl-3", "member3", 2026, naming("m-2")), submitted("pl-3", "member3", 2026, naming("m-2")),
                new PledgeRevisionRequested("pl-3", "member3", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, "Sửa", Map.of(), "p-secretary1", T),
                new PledgeEdited("pl-3", "member3", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, naming("m-1"), "member3", T),
                new PledgeRevised("pl-3", "member3", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER, 1, 1, naming("m-1"), List.of(), "member3", T),
                approved("pl-3", "member3", 2026));
        deliver(new PledgeRetired("pl-2", "member2", NHI_TRUONG_BRANCH, NHI_TRUONG, 2026, TemplateKind.PARTY_MEMBER,
                "Chuyển đi", PledgeStatus.APPROVED, "p-secretary1", T));
        deliver(new ModelAdoptionRecorded("m-2", NHI_TRUONG_BRANCH, "p-secretary2", T, "a-1", OTHER_BRANCH, null, 2026, "12 hộ"));
        assertThat(adopters("m-1").total()).as("the busy year counts pledges").isEqualTo(2);
        assertThat(snapshot(AdopterLedger.FOLLOWS)).hasSize(3);
    }

    @Test
    void theBusyYearCounts() throws Exception {
        aBusyYear();
        assertThat(adopters("m-1").byYear()).containsExactly(Map.entry("2026", new ModelView.YearCount(2, 0)));
        assertThat(adopters("m-2").byYear()).containsExactly(Map.entry("2026", new ModelView.YearCount(0, 1)));
        assertThat(cardAdopters("m-1")).isEqualTo(2);
        assertThat(cardAdopters("m-2")).isEqualTo(1);
    }

    @Test
    void redeliveredEventsChangeNothing() throws Exception {
        aBusyYear();
        Map<String, List<Document>> before = allDocuments();
        redeliverAll();
        assertThat(allDocuments()).isEqualTo(before);
        // and one approval delivered twice in a row
        handle(delivered.stream().filter(m -> m.getPayload() instanceof PledgeApproved).findFirst().orElseThrow());
        assertThat(allDocuments()).isEqualTo(before);
    }

    @Test
    void aResetAndReplayGivesTheSameDocuments() throws Exception {
        aBusyYear();
        Map<String, List<Document>> before = allDocuments();
        assertThat(before.get(AdopterLedger.ADOPTERS)).isNotEmpty();
        group.performReset();
        assertThat(snapshot(AdopterLedger.ADOPTERS)).isEmpty();
        assertThat(snapshot(AdopterLedger.FOLLOWS)).isEmpty();
        assertThat(snapshot("model_views")).isEmpty();
        redeliverAll();
        assertThat(allDocuments()).isEqualTo(before);
    }
}
