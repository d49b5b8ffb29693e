package vn.lamtheo.model.registry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.ModelFields;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.MongoTestSupport;
import vn.lamtheo.model.testsupport.PathAccessPolicy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.model.testsupport.Demo.*;

/** The registry screens answered from the index: filters, visibility, per-commune counts, curator queue, feed order. */
class RegistryQueriesTest {

    static final Instant Y2025 = Instant.parse("2025-05-01T02:00:00Z");
    static final Instant Y2026 = Instant.parse("2026-02-01T02:00:00Z");

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    RegistryProjection projection;
    RegistryQueries queries;

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        FakeDirectory directory = new FakeDirectory();
        ModelViews views = new ModelViews(mongo.database());
        RegistryIndex index = new RegistryIndex(mongo.database(), clock);
        projection = new RegistryProjection(views, index, new CommuneResolver(directory.provider()));
        queries = new RegistryQueries(index, new ModelAccess(new PathAccessPolicy()), directory.provider(), ModelFields.DEFAULT, clock);

        model("m-rau", NHI_TRUONG_BRANCH, "Vườn rau dinh dưỡng của chi bộ", "NONG_THON_MOI", Y2025, ModelStatus.FEATURED);
        model("m-dvk", HIEP_HOA, "Dân vận khéo trong hiến đất làm đường", "NONG_THON_MOI", Y2025, ModelStatus.REGISTERED);
        model("m-tom", NHI_TRUONG, "Nuôi tôm công nghệ cao", "KINH_TE", Y2026, ModelStatus.REGISTERED);
        model("m-sub", NHI_TRUONG, "Tổ hòa giải ở cơ sở", "XAY_DUNG_HE_THONG_CHINH_TRI", Y2026, ModelStatus.SUBMITTED);
        model("m-draft", NHI_TRUONG, "Bản nháp", "KINH_TE", Y2026, ModelStatus.DRAFT);
        model("m-old", HIEP_HOA, "Mô hình cũ", "VAN_HOA_XA_HOI", Y2025, ModelStatus.RETIRED);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void model(String id, String unit, String title, String field, Instant at, ModelStatus target) {
        ModelContent c = new ModelContent(title, field, ModelKind.COLLECTIVE, 2025, content().description());
        long seq = 0;
        projection.on(new ModelDrafted(id, unit, "p-x", at, c), seq++);
        if (target == ModelStatus.DRAFT) {
            return;
        }
        projection.on(new ModelSubmitted(id, unit, "p-x", at), seq++);
        if (target == ModelStatus.SUBMITTED) {
            return;
        }
        projection.on(new ModelRegistered(id, unit, "p-curator", at, at.atZone(ZoneOffset.UTC).getYear()), seq++);
        if (target == ModelStatus.FEATURED) {
            projection.on(new ModelFeatured(id, unit, "p-curator", at.plusSeconds(60), 2025), seq++);
        }
        if (target == ModelStatus.RETIRED) {
            projection.on(new ModelRetired(id, unit, "p-curator", at.plusSeconds(60), RetirementReason.OUTDATED, null, null), seq);
        }
    }

    private List<String> ids(RegistryQueries.Registry r) {
        return r.cards().stream().map(RegistryQueries.Listed::id).toList();
    }

    private RegistryQueries.Registry registry(vn.lamtheo.platform.security.Actor actor, String field, ModelStatus status, String unit, Integer year, String q) {
        return queries.registry(actor, new RegistryQueries.Filter(field, status, unit, year, q));
    }

    @Test
    void thePublicRegistryListsRegisteredAndFeaturedModelsFeaturedFirst() {
        assertThat(ids(registry(MEMBER1, null, null, null, null, null))).containsExactly("m-rau", "m-dvk", "m-tom");
    }

    @Test
    void filtersByFieldUnitYearAndDiacriticInsensitiveText() {
        assertThat(ids(registry(MEMBER1, "NONG_THON_MOI", null, null, null, null))).containsExactlyInAnyOrder("m-rau", "m-dvk");
        assertThat(ids(registry(MEMBER1, null, null, NHI_TRUONG, null, null))).containsExactlyInAnyOrder("m-rau", "m-tom");
        assertThat(ids(registry(MEMBER1, null, null, null, 2025, null))).containsExactlyInAnyOrder("m-rau", "m-dvk");
        assertThat(ids(registry(MEMBER1, null, null, null, 2026, null))).containsExactlyInAnyOrder("m-rau", "m-dvk", "m-tom");
        assertThat(ids(registry(MEMBER1, null, null, null, null, "dan van kheo"))).containsExactly("m-dvk");
        assertThat(ids(registry(MEMBER1, null, null, null, null, "NUÔI TÔM"))).containsExactly("m-tom");
        assertThat(ids(registry(MEMBER1, null, null, null, null, "vuon rau dinh duong"))).containsExactly("m-rau");
    }

    @Test
    void otherStatusesOnlyForThoseWhoMaySeeThem() {
        assertThat(ids(registry(MEMBER1, null, ModelStatus.SUBMITTED, null, null, null))).isEmpty();
        assertThat(ids(registry(CURATOR, null, ModelStatus.SUBMITTED, null, null, null))).containsExactly("m-sub");
        assertThat(ids(registry(CURATOR, null, ModelStatus.DRAFT, null, null, null))).isEmpty();
        assertThat(ids(registry(COMMITTEE1, null, ModelStatus.DRAFT, null, null, null))).containsExactly("m-draft");
        assertThat(ids(registry(CURATOR, null, ModelStatus.RETIRED, null, null, null))).containsExactly("m-old");
    }

    @Test
    void countsPerCommuneFieldAndStatusOfWhatThePersonSees() {
        var counts = registry(CURATOR, null, null, null, null, null).counts();
        assertThat(counts.get(NHI_TRUONG).get("NONG_THON_MOI")).containsEntry(ModelStatus.FEATURED, 1);
        assertThat(counts.get(NHI_TRUONG).get("KINH_TE")).containsEntry(ModelStatus.REGISTERED, 1).doesNotContainKey(ModelStatus.DRAFT);
        assertThat(counts.get(HIEP_HOA).get("VAN_HOA_XA_HOI")).containsEntry(ModelStatus.RETIRED, 1);
        assertThat(registry(MEMBER1, null, null, null, null, null).counts().get(HIEP_HOA)).doesNotContainKey("VAN_HOA_XA_HOI");
    }

    @Test
    void theCuratorsQueueHoldsSubmittedAndCarriedOverModels() {
        RegistryQueries.CuratorQueue queue = queries.curatorQueue(CURATOR, 2026);
        assertThat(queue.submitted()).extracting(RegistryQueries.Listed::id).containsExactly("m-sub");
        assertThat(queue.carriedOver()).extracting(RegistryQueries.Listed::id).containsExactlyInAnyOrder("m-rau", "m-dvk");
        assertThat(queries.curatorQueue(COMMITTEE1, 2026).submitted()).isEmpty();
        assertThat(queries.screeningCandidates(null, 2026)).extracting(RegistryCard::id).containsExactlyInAnyOrder("m-rau", "m-dvk");
    }

    @Test
    void theFeedListsPublicModelsNewestFirst() {
        assertThat(queries.feedEntries(10)).extracting(RegistryCard::id).containsExactly("m-tom", "m-rau", "m-dvk");
    }
}
