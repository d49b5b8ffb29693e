package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The MVStore key type of a unique index: the indexed values, stored as BSON and ordered without serializing.
 *
 * <p>The order only has to be total and agree with equality (the server looks keys up exactly; ranges scan):
 * the common key values (numbers, which the server has already normalised to doubles, strings, booleans,
 * null, the server's "missing" marker) compare by value; anything rarer compares by its encoded bytes, as the backend's default did.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();
    private static final String VALUES = "k";

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        for (int i = 0; i < a.size(); i++) {
            int byValue = compareValues(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    }

    private static int compareValues(Object a, Object b) {
        int byKind = Integer.compare(kind(a), kind(b));
        if (byKind != 0) {
            return byKind;
        }
        if (a instanceof Double x) {
            return Double.compare(x, (Double) b);
        }
        if (a instanceof Long x) {
            return Long.compare(x, (Long) b);
        }
        if (a instanceof Integer x) {
            return Integer.compare(x, (Integer) b);
        }
        if (a instanceof String x) {
            return x.compareTo((String) b);
        }
        if (a instanceof Boolean x) {
            return Boolean.compare(x, (Boolean) b);
        }
        if (a == null || a instanceof Missing || a.equals(b)) {
            return 0;
        }
        return Arrays.compare(encoded(a), encoded(b));
    }

    /** The value classes ordered by value; Missing is one value, but not one instance once read back from disk. */
    private static final List<Class<?>> KINDS =
        List.of(Double.class, Long.class, Integer.class, String.class, Boolean.class, Missing.class);

    private static int kind(Object value) {
        if (value == null) {
            return -1;
        }
        int kind = KINDS.indexOf(value.getClass());
        return kind >= 0 ? kind : KINDS.size();
    }

    private static byte[] encoded(Object value) {
        return StoredValues.encode(new Document(VALUES, value), new KeyValue(value));
    }

    @Override
    public int getMemory(KeyValue key) {
        return StoredValues.estimatedMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        byte[] bytes = StoredValues.encode(new Document(VALUES, key.stream().toList()), key);
        buffer.putVarInt(bytes.length).put(bytes);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        Object stored = StoredValues.decode(buffer, length);
        if (stored instanceof Document document) {
            return new KeyValue((List<?>) document.get(VALUES));
        }
        return (KeyValue) stored;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
