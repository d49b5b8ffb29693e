package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query that walks a whole collection while the rest of the store is rewritten and committed under it: the
 * embedded server's collections must answer it from the version it started on. The rewrite happens at the first
 * document the scan matches, so the interleaving is the same every run.
 */
class VersionPinningCollectionTest {

    private static final String NAME = "scanned";
    private static final int DOCUMENTS = 3000;

    @TempDir
    Path dir;

    @Test
    void a_scan_answers_from_the_version_it_started_on_while_the_chunks_behind_it_are_rewritten() {
        try (MVStore store = openStore()) {
            BsonH2Database database = new BsonH2Database("db", store, new CursorRegistry());
            MVMap<Object, Document> documents = StoredMaps.documents(store, "db." + NAME);
            RewriteAtFirstMatch rewrite = new RewriteAtFirstMatch(store, documents);
            MongoCollection<Object> scanned = new VersionPinningCollection(database, NAME, CollectionOptions.withDefaults(),
                store, documents, StoredMaps.metadata(store, "db." + NAME), new CursorRegistry()) {
                @Override
                protected boolean documentMatchesQuery(Document document, Document query) {
                    rewrite.once();
                    return super.documentMatchesQuery(document, query);
                }
            };
            fill(scanned, store);

            List<Document> found = new ArrayList<>();
            scanned.handleQuery(new Document()).forEach(found::add);

            assertThat(rewrite.done).isTrue();
            assertThat(found).hasSize(DOCUMENTS).allSatisfy(d -> assertThat(d.get("round")).isEqualTo(0));
            List<Document> after = new ArrayList<>();
            scanned.handleQuery(new Document()).forEach(after::add);
            assertThat(after).hasSize(DOCUMENTS).allSatisfy(d -> assertThat(d.get("round")).isEqualTo(1));
        }
    }

    @Test
    void the_embedded_server_opens_its_collections_pinned() {
        try (MVStore store = openStore()) {
            BsonH2Database database = new BsonH2Database("db", store, new CursorRegistry());

            assertThat(database.createCollectionOrThrowIfExists("events", CollectionOptions.withDefaults()))
                .isInstanceOf(VersionPinningCollection.class);
        }
    }

    /** The control: the same scan on mongo-java-server's own collection loses the chunks it has still to read. */
    @Test
    void the_same_scan_on_the_unpinned_collection_fails_for_want_of_its_chunks() {
        try (MVStore store = openStore()) {
            BsonH2Database database = new BsonH2Database("db", store, new CursorRegistry());
            MVMap<Object, Document> documents = StoredMaps.documents(store, "db." + NAME);
            RewriteAtFirstMatch rewrite = new RewriteAtFirstMatch(store, documents);
            MongoCollection<Object> scanned = new H2Collection(database, NAME, CollectionOptions.withDefaults(),
                documents, StoredMaps.metadata(store, "db." + NAME), new CursorRegistry()) {
                @Override
                protected boolean documentMatchesQuery(Document document, Document query) {
                    rewrite.once();
                    return super.documentMatchesQuery(document, query);
                }
            };
            fill(scanned, store);

            assertThatThrownBy(() -> scanned.handleQuery(new Document()).forEach(d -> { }))
                .isInstanceOf(MVStoreException.class).hasMessageContaining("Chunk");
        }
    }

    /**
     * Auto-commit off so that only the rewrite commits; retention 0 stands for chunks older than the 45-second
     * retention, which is what every chunk of a long-running server is. A small page cache, as the data outgrows any
     * cache at scale.
     */
    private MVStore openStore() {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("scan.mv.db").toString()).compress().cacheSize(1)
            .autoCommitDisabled().open();
        store.setRetentionTime(0);
        return store;
    }

    private static void fill(MongoCollection<Object> collection, MVStore store) {
        Random random = new Random(7);
        for (int i = 0; i < DOCUMENTS; i++) {
            collection.addDocument(new Document("_id", i).append("round", 0).append("text", randomText(random)));
            if (i % 500 == 499) {
                store.commit();
            }
        }
        store.commit();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** Rewrites every document (round 1) and commits enough versions for the old chunks to be freed. */
    private static final class RewriteAtFirstMatch {
        private final MVStore store;
        private final MVMap<Object, Document> documents;
        boolean done;

        RewriteAtFirstMatch(MVStore store, MVMap<Object, Document> documents) {
            this.store = store;
            this.documents = documents;
        }

        void once() {
            if (done) {
                return;
            }
            done = true;
            for (Object key : new ArrayList<>(documents.keySet())) {
                Document rewritten = new Document(documents.get(key));
                rewritten.put("round", 1);
                documents.put(key, rewritten);
            }
            MVMap<Integer, Integer> other = store.openMap("other");
            for (int version = 0; version < 10; version++) {
                other.put(version, version);
                store.commit();
            }
        }
    }
}
