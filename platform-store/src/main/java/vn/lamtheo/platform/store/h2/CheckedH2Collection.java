package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection that refuses, as MongoDB does, a document over the 16 MiB BSON limit.
 *
 * <p>Why: the server's own collection stored any size, but its BSON decoder refuses to read more than 16 MiB, so
 * an update that grew a document past the limit was acknowledged, then every read of the document failed, the
 * store closed at its next compaction or restart, and the next start failed with "BSON object too large". Now
 * such a write fails with MongoDB's own error (10334 BSONObjectTooLarge for an insert, 17419 for an update's
 * result), the driver throws, nothing is acknowledged and nothing changes.
 */
public class CheckedH2Collection extends H2Collection {

    /** MongoDB's maxBsonObjectSize, which the server also announces to drivers and its decoder enforces. */
    public static final int MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

    public CheckedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                               MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /** Called before the indexes learn of the document, so a refusal leaves the collection as it was. */
    @Override
    protected Object addDocumentInternal(Document document) {
        int size = BsonSize.exceeding(document, MAX_BSON_OBJECT_SIZE);
        if (size > 0) {
            throw new MongoServerError(10334, "BSONObjectTooLarge", "BSONObj size: " + size
                    + " is invalid. Size must be between 0 and " + MAX_BSON_OBJECT_SIZE + "(16MB)");
        }
        return super.addDocumentInternal(document);
    }

    /**
     * Called after the indexes were moved to the new document and the stored document object was changed in place
     * (the parent class gives no earlier hook with the result of the update; the object may be the one the map's
     * page cache holds), so a refusal moves the indexes back, restores the object and the data size, then throws.
     */
    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        int size = BsonSize.exceeding(newDocument, MAX_BSON_OBJECT_SIZE);
        if (size > 0) {
            for (Index<Object> index : getIndexes()) {
                index.updateInPlace(newDocument, oldDocument, position, this);
            }
            if (tracksDataSize()) {
                updateDataSize(BsonSize.of(oldDocument) - size);
            }
            newDocument.clear();
            newDocument.putAll(oldDocument);
            throw new MongoServerError(17419, "Location17419", "Resulting document after update is larger than "
                    + MAX_BSON_OBJECT_SIZE);
        }
        super.handleUpdate(position, oldDocument, newDocument);
    }
}
