package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps the embedded server keeps in one MVStore, named as mongo-java-server's H2 backend names them, and
 * the types each is opened with: documents as BSON ({@link DocumentType}), index keys as BSON with a
 * serialization-free order ({@link IndexKeyType}); document ids, index positions and collection metadata keep
 * MVStore's default type, which already handles numbers and strings natively.
 */
final class StoredMaps {

    static final String DOCUMENTS_PREFIX = "databases.";
    static final String METADATA_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";

    private StoredMaps() {
    }

    static MVMap<Object, Document> documents(MVStore store, String fullCollectionName) {
        return store.openMap(documentsMapName(fullCollectionName), documentsBuilder());
    }

    static MVMap<String, Object> metadata(MVStore store, String fullCollectionName) {
        return store.openMap(METADATA_PREFIX + fullCollectionName);
    }

    static MVMap<KeyValue, Object> index(MVStore store, String fullCollectionName, String indexName) {
        return store.openMap(indexMapName(fullCollectionName, indexName), indexBuilder());
    }

    static String documentsMapName(String fullCollectionName) {
        return DOCUMENTS_PREFIX + fullCollectionName;
    }

    static String indexMapName(String fullCollectionName, String indexName) {
        return fullCollectionName + INDEX_INFIX + indexName;
    }

    static boolean isDocumentsMap(String mapName) {
        return mapName.startsWith(DOCUMENTS_PREFIX);
    }

    static boolean isIndexMap(String mapName) {
        return mapName.contains(INDEX_INFIX) && !mapName.startsWith(METADATA_PREFIX) && !isDocumentsMap(mapName);
    }

    static MVMap.Builder<Object, Document> documentsBuilder() {
        return new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE);
    }

    static MVMap.Builder<KeyValue, Object> indexBuilder() {
        return new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE);
    }
}
