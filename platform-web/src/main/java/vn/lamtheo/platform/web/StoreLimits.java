package vn.lamtheo.platform.web;

import com.mongodb.MongoException;
import org.bson.BsonMaximumSizeExceededException;

import java.util.Set;

/**
 * The store's refusal of a document over MongoDB's 16 MiB limit, whether MongoDB or the embedded server refuses
 * it, or the driver before sending it. Nothing was written: the client is told the change is too large (413),
 * and the store stays open.
 */
final class StoreLimits {

    static final String DOCUMENT_TOO_LARGE = "Thay đổi này làm dữ liệu vượt giới hạn 16 MB của kho lưu trữ nên không được lưu"
            + " / The change would make a stored document exceed the store's 16 MB limit, so nothing was saved";

    /** BSONObjectTooLarge, and the update and upsert results over the limit. */
    private static final Set<Integer> TOO_LARGE_CODES = Set.of(10334, 17419, 17420);

    private StoreLimits() {
    }

    static boolean isDocumentTooLarge(Throwable t) {
        return t instanceof BsonMaximumSizeExceededException
                || t instanceof MongoException m && TOO_LARGE_CODES.contains(m.getCode());
    }
}
