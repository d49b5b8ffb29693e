package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * One database of the embedded server: mongo-java-server's H2 database with its maps opened through
 * {@link StoredMaps}. (Not a subclass of H2Database: that class opens its maps in its constructor, before a
 * subclass could say how.)
 */
final class BsonH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private final MVStore store;

    BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        return new VersionPinningCollection(this, collectionName, options, store, StoredMaps.documents(store, fullName),
            StoredMaps.metadata(store, fullName), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String fullName = getFullCollectionNamespace(collectionName);
        return new BsonUniqueIndex(StoredMaps.index(store, fullName, indexName), indexName, keys, sparse);
    }

    /**
     * mongo-java-server has no non-unique indexes: it answers such queries by scanning, and warns at every start for
     * every one asked for (Axon's dead-letter queue asks for two per processing group). Lamtheo's own collections
     * use unique keys only (see {@link BsonUniqueIndex}); the dead-letter collection stays small. So: the same empty
     * index the server would create, without the warning a healthy start-up should not have.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new EmptyIndex<>(indexName, keys);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(StoredMaps.indexMapName(collection.getFullName(), indexName));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullName = getFullCollectionNamespace(collectionName);
        store.removeMap(StoredMaps.documentsMapName(fullName));
        store.removeMap(StoredMaps.METADATA_PREFIX + fullName);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String oldName = collection.getFullName();
        String newName = getFullCollectionNamespace(newCollectionName);
        store.renameMap(StoredMaps.documents(store, oldName), StoredMaps.documentsMapName(newName));
        store.renameMap(StoredMaps.metadata(store, oldName), StoredMaps.METADATA_PREFIX + newName);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        store.getMapNames().stream()
            .filter(name -> name.startsWith(databaseName + ".")
                || name.startsWith(StoredMaps.DOCUMENTS_PREFIX + databaseName + ".")
                || name.startsWith(StoredMaps.METADATA_PREFIX + databaseName + "."))
            .toList()
            .forEach(store::removeMap);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
