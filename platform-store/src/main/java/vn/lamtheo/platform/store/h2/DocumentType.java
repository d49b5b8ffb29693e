package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The MVStore value type of a collection's documents: BSON (see {@link StoredValues}). */
final class DocumentType extends BasicDataType<Document> {

    static final DocumentType INSTANCE = new DocumentType();

    private DocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return StoredValues.estimatedMemory(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] bytes = StoredValues.encode(document, document);
        buffer.putVarInt(bytes.length).put(bytes);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        return (Document) StoredValues.decode(buffer, length);
    }

    /** Values are never ordered; equality is what MVMap's conditional updates ask. */
    @Override
    public int compare(Document a, Document b) {
        if (a.equals(b)) {
            return 0;
        }
        return Arrays.compare(StoredValues.encode(a, a), StoredValues.encode(b, b));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
