package vn.lamtheo.similarity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

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
        // Its author profile is part of its text: the author fit is stored and read back as well.
        docs.add(2, new SimilarityDocument("copy", "x", 2025, source.sections().stream()
                .map(s -> new Section(s.key(), Normalizer.normalize(s.text(), Normalizer.Form.NFD))).toList(),
                source.sections().get(0).text().substring(0, 40)));
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
        assertThat(found.get(1).sources().get(0).authorFit()).isPositive();
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

    @Test
    void cachedPostingsAreServedOnlyWhileTheServerStillHoldsThem() {
        MongoFingerprintIndex a = new MongoFingerprintIndex(database, "two_instances", 1000);
        MongoFingerprintIndex b = new MongoFingerprintIndex(database, "two_instances", 1000);
        a.add(List.of(new IndexEntry("d0", 2025, new long[] {7L, 8L})));
        long[] both = {7L, 8L};
        assertThat(a.postings(a.snapshot(both), both).get(7L)).extracting(Posting::docId).containsExactly("d0");
        assertThat(a.postings(a.snapshot(both), both).get(7L)).extracting(Posting::docId).containsExactly("d0");
        assertThat(a.cacheHitsAndMisses()).containsExactly(2, 2); // the second read came from the cache

        b.add(List.of(new IndexEntry("d1", 2025, new long[] {7L}))); // another instance writes
        assertThat(a.postings(a.snapshot(both), both).get(7L)).extracting(Posting::docId).containsExactly("d0", "d1");
        b.remove(new IndexEntry("d0", 2025, new long[] {7L, 8L}));
        IndexSnapshot snapshot = a.snapshot(both);
        assertThat(snapshot.frequencies()).containsEntry(7L, 1).containsEntry(8L, 0);
        assertThat(a.postings(snapshot, both).get(7L)).extracting(Posting::docId).containsExactly("d1");
        assertThat(a.postings(snapshot, both).get(8L)).isEmpty();

        // A reset drops the collections and rebuilds them: what the other instance cached must not come back.
        MongoFingerprintIndex.drop(database, "two_instances");
        b.add(List.of(new IndexEntry("d2", 2025, new long[] {7L})));
        assertThat(a.postings(a.snapshot(both), both).get(7L)).extracting(Posting::docId).containsExactly("d2");
    }

    @Test
    void withoutCacheEveryCheckReadsItsPostings() {
        MongoFingerprintIndex index = new MongoFingerprintIndex(database, "no_cache", 1000, 0);
        index.add(List.of(new IndexEntry("d0", 2025, new long[] {7L})));
        long[] one = {7L};
        assertThat(index.postings(index.snapshot(one), one).get(7L)).extracting(Posting::docId).containsExactly("d0");
        assertThat(index.postings(index.snapshot(one), one).get(7L)).extracting(Posting::docId).containsExactly("d0");
        assertThat(index.cacheHitsAndMisses()).containsExactly(0, 2);
    }

    @Test
    void aFingerprintCreatedMeanwhileByAnotherWriterKeepsBothPostings() {
        MongoFingerprintIndex a = new MongoFingerprintIndex(database, "race", 1000);
        MongoFingerprintIndex b = new MongoFingerprintIndex(database, "race", 1000);
        long[] ids = {5L, 6L};
        IndexSnapshot before = a.snapshot(ids); // neither exists
        b.add(List.of(new IndexEntry("d0", 2025, new long[] {5L})));
        a.add(List.of(new IndexEntry("d1", 2025, new long[] {5L, 6L})), h -> !before.frequencies().containsKey(h));
        IndexSnapshot after = a.snapshot(ids);
        assertThat(after.frequencies()).isEqualTo(Map.of(5L, 2, 6L, 1));
        assertThat(after.population()).isEqualTo(2);
        assertThat(a.postings(after, ids).get(5L)).extracting(Posting::docId).containsExactly("d0", "d1");
    }

    @Test
    void storingADocumentAgainReplacesIt() {
        MongoFingerprintStore store = new MongoFingerprintStore(database, "store_again");
        SimilarityConfig config = SimilarityConfig.defaults();
        DocumentFingerprinter fingerprinter = new DocumentFingerprinter(SimilarityEngine.fingerprinterFor(config),
                TemplateFingerprints.none());
        SyntheticPledges text = new SyntheticPledges(3);
        DocumentFingerprints first = fingerprinter.fingerprint(text.document("d0", "m0", 2025));
        DocumentFingerprints second = fingerprinter.fingerprint(text.document("d0", "m0", 2026));
        store.put(List.of(first));
        store.put(List.of(second, fingerprinter.fingerprint(text.document("d1", "m1", 2025))));
        assertThat(store.get(List.of("d0", "d1"))).hasSize(2);
        assertThat(store.get(List.of("d0")).get("d0").year()).isEqualTo(2026);
    }

    @Test
    void anIndexWithPostingsBesideTheCountsIsMovedToItsOwnCollectionOnceWhenOpened() {
        // The layout before the split: population and postings chunks in the counts' documents, no layout mark.
        var counts = database.getCollection("single_fingerprints");
        counts.insertOne(new org.bson.Document("_id", FingerprintIndex.RESERVED_FINGERPRINT).append("n", 2L));
        counts.insertOne(new org.bson.Document("_id", 9L).append("n", 2).append("v", 5L).append("p", List.of(
                PostingChunks.added(List.of(new Posting("d0", 2024), new Posting("d1", 2025))))));

        MongoFingerprintIndex index = new MongoFingerprintIndex(database, "single", 1000);

        long[] one = {9L};
        IndexSnapshot snapshot = index.snapshot(one);
        assertThat(snapshot.frequencies()).containsEntry(9L, 2);
        assertThat(snapshot.population()).isEqualTo(2);
        assertThat(index.postings(snapshot, one).get(9L)).extracting(Posting::docId).containsExactly("d0", "d1");
        assertThat(counts.find(com.mongodb.client.model.Filters.exists("p")).first()).isNull();
        // Opening it again finds the mark and moves nothing: a posting added since is kept.
        index.add(List.of(new IndexEntry("d2", 2026, one)));
        MongoFingerprintIndex reopened = new MongoFingerprintIndex(database, "single", 1000);
        assertThat(reopened.postings(reopened.snapshot(one), one).get(9L)).extracting(Posting::docId)
                .containsExactly("d0", "d1", "d2");
        assertThat(reopened.snapshot(one).population()).isEqualTo(3);
    }

    @Test
    void aDocumentWithoutFingerprintsStillCountsInThePopulation() {
        MongoFingerprintIndex index = new MongoFingerprintIndex(database, "empty_doc", 1000);
        index.add(List.of(new IndexEntry("d0", 2025, new long[0])));
        assertThat(index.snapshot(new long[0]).population()).isEqualTo(1);
    }

    @Test
    void anIndexWrittenInTheEarlierLayoutStillReads() {
        database.getCollection("earlier_fingerprints").insertOne(new org.bson.Document("_id", 9L).append("n", 2)
                .append("p", List.of("2024|d0", "2025|d1")));
        MongoFingerprintIndex index = new MongoFingerprintIndex(database, "earlier", 1000);
        long[] one = {9L};
        assertThat(index.postings(index.snapshot(one), one).get(9L)).containsExactly(new Posting("d0", 2024), new Posting("d1", 2025));
        index.add(List.of(new IndexEntry("d2", 2026, one)));
        index.remove(new IndexEntry("d0", 2024, one));
        IndexSnapshot snapshot = index.snapshot(one);
        assertThat(snapshot.frequencies()).containsEntry(9L, 2);
        assertThat(index.postings(snapshot, one).get(9L)).extracting(Posting::docId).containsExactly("d1", "d2");
    }
}
