package vn.lamtheo.kernel.similarity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.store.EmbeddedMongo;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The MongoDB index and store behave exactly like the in-memory ones (on the embedded server). */
class MongoFingerprintIndexTest {

    @TempDir
    static Path data;
    private static EmbeddedMongo mongo;
    private static MongoClient client;
    private static MongoDatabase database;

    @BeforeAll
    static void start() {
        mongo = EmbeddedMongo.start(data, 0);
        client = MongoClients.create(mongo.connectionString());
        database = client.getDatabase("similarity_test");
    }

    @AfterAll
    static void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void sameResultsAsInMemory() {
        SimilarityConfig config = SimilarityConfig.defaults();
        SimilarityEngine inMemory = new SimilarityEngine(config, TemplateFingerprints.none(),
                new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()), new InMemoryFingerprintStore());
        SimilarityEngine onMongo = new SimilarityEngine(config, TemplateFingerprints.none(),
                new MongoFingerprintIndex(database, "same_results", config.maxPostingsPerFingerprint()),
                new MongoFingerprintStore(database, "same_results"));
        SyntheticPledges text = new SyntheticPledges(11);
        List<SimilarityDocument> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(text.document("d" + i, "m" + i, 2023 + i % 3));
        }
        SimilarityDocument source = docs.get(4);
        docs.add(2, new SimilarityDocument("copy", "x", 2025, source.sections().stream()
                .map(s -> new Section(s.key(), Normalizer.normalize(s.text(), Normalizer.Form.NFD))).toList()));
        // A copy without diacritics: the same fingerprints as "copy", so the source's check sees two equal scores,
        // ranked by how the texts are written (read back from each store) and not by id.
        docs.add(3, new SimilarityDocument("a-plain", "y", 2025, source.sections().stream()
                .map(s -> new Section(s.key(), Normalizer.normalize(s.text(), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D'))).toList()));

        List<CopyCheckResult> found = new ArrayList<>();
        for (SimilarityDocument d : docs) {
            CopyCheckResult expected = inMemory.checkAndIndex(d);
            CopyCheckResult actual = onMongo.checkAndIndex(d);
            assertThat(actual).isEqualTo(expected);
            if (!actual.sources().isEmpty()) {
                found.add(actual);
            }
        }
        assertThat(found).extracting(CopyCheckResult::docId).containsExactly("a-plain", source.id());
        assertThat(found.get(1).sources()).extracting(SourceMatch::docId).containsExactly("copy", "a-plain");
        assertThat(found.get(1).sources().get(0).score()).isEqualTo(found.get(1).sources().get(1).score());
    }

    @Test
    void postingsStopAtTheSaturationLimitWhileTheCountGoesOn() {
        MongoFingerprintIndex index = new MongoFingerprintIndex(database, "saturation", 3);
        for (int i = 0; i < 5; i++) {
            index.add(List.of(new IndexEntry("d" + i, 2025, new long[] {42L, 100L + i})));
        }
        IndexSnapshot snapshot = index.snapshot(new long[] {42L, 101L, 999L});
        assertThat(snapshot.frequencies()).isEqualTo(Map.of(42L, 5, 101L, 1));
        assertThat(snapshot.population()).isEqualTo(5);
        assertThat(index.postings(new long[] {42L}).get(42L)).extracting(Posting::docId).containsExactly("d0", "d1", "d2");

        index.remove(new IndexEntry("d1", 2025, new long[] {42L, 101L}));
        snapshot = index.snapshot(new long[] {42L, 101L});
        assertThat(snapshot.frequencies()).containsEntry(42L, 4).containsEntry(101L, 0);
        assertThat(snapshot.population()).isEqualTo(4);
        assertThat(index.postings(new long[] {42L}).get(42L)).extracting(Posting::docId).containsExactly("d0", "d2");
    }
}
