package vn.lamtheo.model.registry;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelSubmitted;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.MongoTestSupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.model.testsupport.Demo.NHI_TRUONG_BRANCH;
import vn.lamtheo.model.testsupport.Demo;

/** The registry index's layout: one document per card, pages of ids, and the first layout rebuilt on start. */
class RegistryIndexTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    ModelViews views;
    RegistryIndex index;
    RegistryProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        views = new ModelViews(mongo.database());
        index = new RegistryIndex(mongo.database(), Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        projection = new RegistryProjection(views, index, new CommuneResolver(new FakeDirectory().provider()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void every_model_has_its_own_card_document_and_a_year_is_listed_in_bounded_pages() {
        int models = 2 * RegistryIndex.PAGE_SIZE + 7;
        for (int i = 0; i < models; i++) {
            projection.on(new ModelDrafted("m-" + i, NHI_TRUONG_BRANCH, "p-secretary1", T0, Demo.content()), 0L);
        }
        projection.on(new ModelSubmitted("m-3", NHI_TRUONG_BRANCH, "p-secretary1", T0), 1L); // an update lists nothing again

        assertThat(index.all()).hasSize(models).extracting(RegistryCard::id).doesNotHaveDuplicates();
        assertThat(mongo.database().getCollection(RegistryIndex.COLLECTION).countDocuments()).isEqualTo(models);
        List<Document> pages = mongo.database().getCollection(RegistryIndex.PAGES).find().into(new ArrayList<>());
        assertThat(pages).extracting(p -> p.get("_id")).containsExactlyInAnyOrder("y2026", "y2026-p0", "y2026-p1", "y2026-p2");
        assertThat(pages).filteredOn(p -> p.containsKey("ids"))
                .allSatisfy(p -> assertThat(p.getList("ids", String.class)).hasSizeLessThanOrEqualTo(RegistryIndex.PAGE_SIZE));
    }

    @Test
    void a_store_with_the_first_layout_is_rebuilt_from_the_model_screens_on_start() {
        projection.on(new ModelDrafted("m-1", NHI_TRUONG_BRANCH, "p-secretary1", T0, Demo.content()), 0L);
        projection.on(new ModelDrafted("m-2", NHI_TRUONG_BRANCH, "p-secretary1", T0, Demo.content()), 0L);
        views.setAdopters("m-2", new ModelView.Adopters(3, 3, 0, java.util.Map.of()));
        // what the first layout left behind: the index collections as they were never written, one document per year
        index.drop();
        mongo.database().getCollection(RegistryIndex.OLD_LAYOUT).insertOne(new Document("_id", "y2026")
                .append("cards", new Document("m-1", new Document("id", "m-1"))));

        new RegistryIndexMigration(mongo.database(), index);

        assertThat(index.all()).extracting(RegistryCard::id).containsExactlyInAnyOrder("m-1", "m-2");
        assertThat(index.all()).filteredOn(c -> c.id().equals("m-2")).singleElement()
                .satisfies(c -> assertThat(c.adopters()).isEqualTo(3));
        assertThat(mongo.database().listCollectionNames().into(new ArrayList<>())).doesNotContain(RegistryIndex.OLD_LAYOUT);

        new RegistryIndexMigration(mongo.database(), index); // nothing left to migrate: changes nothing
        assertThat(index.all()).hasSize(2);
    }
}
