package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.function.Supplier;

/**
 * The store's collection ({@link CheckedH2Collection}: no document over 16 MiB) whose reads keep the store version they started from until they end.
 * <p>
 * A query (find, count, update, delete, aggregate) gathers all its matches before it answers, walking the map from
 * the root it started with. The store frees a chunk once nothing current refers to it and five newer versions
 * exist; its 45-second retention counts from the chunk's creation, so an old chunk that compaction has just rewritten
 * goes at the next commits. The background writer commits and compacts every second while anything else is written,
 * so a scan that outlasted a few commits failed with "Chunk N not found" (seen in a 1M-pledge benchmark's scan of
 * whole collections). Registered as a user of its version, the read keeps those chunks until it ends, as H2's own
 * transactions do.
 */
class VersionPinningCollection extends CheckedH2Collection {

    private final MVStore store;

    VersionPinningCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                             MVStore store, MVMap<Object, Document> documents, MVMap<String, Object> metadata,
                             CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, metadata, cursorRegistry);
        this.store = store;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        return onOneVersion(() -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
    }

    @Override
    protected Object findDocumentPosition(Document document) {
        return onOneVersion(() -> super.findDocumentPosition(document));
    }

    @Override
    public void addIndex(Index<Object> index) {
        onOneVersion(() -> {
            super.addIndex(index);
            return null;
        });
    }

    private <T> T onOneVersion(Supplier<T> read) {
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }
}
