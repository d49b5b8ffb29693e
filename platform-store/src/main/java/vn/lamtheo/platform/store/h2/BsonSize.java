package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.Collection;
import java.util.Map;

/**
 * The BSON size of a document, measured only when it might be too large: every write asks, and encoding a
 * document just to measure it would double the cost of storing it. An upper bound that is cheap to compute
 * (three bytes per UTF-16 unit of text, a generous constant for scalars) settles almost every case.
 */
final class BsonSize {

    private static final long UNKNOWN = Long.MAX_VALUE / 4;

    private BsonSize() {
    }

    /** The exact size when it is over {@code limit}, else 0. */
    static int exceeding(Document document, int limit) {
        if (upperBound(document) <= limit) {
            return 0;
        }
        int size = of(document);
        return size > limit ? size : 0;
    }

    /** The exact size, or 0 when BSON cannot carry a value (the store then keeps it Java-serialized). */
    static int of(Document document) {
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, buffer);
            return buffer.writerIndex();
        } catch (IllegalArgumentException notBson) {
            return 0;
        } finally {
            buffer.release();
        }
    }

    private static long upperBound(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof java.util.Date
                || value instanceof java.time.Instant || value instanceof java.util.UUID
                || value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return 32;
        }
        if (value instanceof CharSequence text) {
            return 5 + 3L * text.length();
        }
        if (value instanceof byte[] bytes) {
            return 5 + bytes.length;
        }
        if (value instanceof BinData binary) {
            return 5 + binary.getData().length;
        }
        if (value instanceof Map<?, ?> map) {
            long size = 5;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 2 + 3L * String.valueOf(entry.getKey()).length() + upperBound(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> items) {
            long size = 5;
            for (Object item : items) {
                size += 12 + upperBound(item);
            }
            return size;
        }
        return UNKNOWN; // a type not listed here: measure exactly
    }
}
