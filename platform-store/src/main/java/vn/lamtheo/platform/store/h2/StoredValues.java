package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * How the embedded server's documents and index keys are written to the MVStore file: BSON, the format the
 * server already speaks on the wire, with Java serialization kept only for the server's internal values that
 * BSON cannot carry (e.g. its "missing" marker).
 *
 * <p>Why not the backend's default: it Java-serializes every document and index key, and compares index keys
 * by serializing both sides. On an events collection of a million documents that made every {@code $in}
 * lookup and every page read pay for {@code ObjectOutputStream}/{@code ObjectInputStream}.
 */
final class StoredValues {

    private static final byte BSON = 'B';
    private static final byte JAVA = 'J';

    private StoredValues() {
    }

    /**
     * A tag byte, then the BSON of {@code bsonForm}; or, when BSON cannot carry one of its values, the tag and
     * the Java serialization of {@code javaForm} (the same value in the backend's own class).
     */
    static byte[] encode(Document bsonForm, Object javaForm) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            buffer.writeByte(BSON);
            BsonEncoder.encodeDocument(bsonForm, buffer);
        } catch (IllegalArgumentException notBson) {
            return javaSerialized(javaForm);
        }
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    /** Reads what {@link #encode} wrote: a {@link Document} for BSON, else the Java-serialized object. */
    static Object decode(ByteBuffer source, int length) {
        byte tag = source.get();
        byte[] bytes = new byte[length - 1];
        source.get(bytes);
        if (tag == BSON) {
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        }
        if (tag == JAVA) {
            return javaDeserialized(bytes);
        }
        throw new IllegalStateException("The data file holds a value in an unknown format (tag " + tag + ")");
    }

    /**
     * A rough size in memory, for the page cache's accounting: strings, binary data and nesting dominate. The cache
     * holds pages up to the sum of these estimates, so an estimate far below the truth lets it fill the heap (binary
     * data counted as a fixed 24 bytes exhausted an 8 GB heap while a million pledges were indexed for copy checks).
     */
    static int estimatedMemory(Object value) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof BinData binary) {
            return 32 + estimatedMemory(binary.getData());
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            int size = 48;
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimatedMemory(entry.getKey()) + estimatedMemory(entry.getValue());
            }
            return size;
        }
        if (value instanceof Iterable<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 8 + estimatedMemory(element);
            }
            return size;
        }
        return 24;
    }

    private static byte[] javaSerialized(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(JAVA);
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object javaDeserialized(byte[] bytes) {
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return objects.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The data file holds a value of an unknown class", e);
        }
    }
}
