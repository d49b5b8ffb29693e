package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with documents and index keys stored as BSON instead of Java serialization
 * (see {@link StoredValues}); open stores written by the plain backend through {@link StoreFormat} first.
 */
public final class BsonH2Backend extends H2Backend {

    public BsonH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
