package vn.lamtheo.similarity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-document fingerprints in MongoDB: {@code {_id: docId, o: owner, y: year, k: [section keys], n: evidence count,
 * a: author fit, f: binary, t: binary}}. The fingerprint arrays are one binary field (28 bytes per fingerprint)
 * rather than BSON arrays: a third of the size and no per-element parsing on the hot path. {@code t} holds the section texts, deflated,
 * for extending passages to where the texts stop agreeing; read only with the full record (documents stored without it
 * are still read: their passages end at the fingerprints).
 */
public final class MongoFingerprintStore implements FingerprintStore {

    private static final int BYTES_PER_FINGERPRINT = Long.BYTES + 4 * Integer.BYTES;
    private static final int BATCH = 500;

    private final MongoCollection<Document> documents;

    public MongoFingerprintStore(MongoDatabase database, String prefix) {
        this.documents = database.getCollection(prefix + "_documents");
    }

    /** Drops the store with this prefix (a reset, before the replay rebuilds it). */
    public static void drop(MongoDatabase database, String prefix) {
        database.getCollection(prefix + "_documents").drop();
    }

    /** Inserts (bulk indexing stores new documents); one already stored is replaced instead. */
    @Override
    public void put(List<DocumentFingerprints> toPut) {
        for (int from = 0; from < toPut.size(); from += BATCH) {
            List<DocumentFingerprints> batch = toPut.subList(from, Math.min(toPut.size(), from + BATCH));
            List<WriteModel<Document>> writes = batch.stream()
                    .<WriteModel<Document>>map(d -> new InsertOneModel<>(encode(d))).toList();
            try {
                documents.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                List<WriteModel<Document>> replaces = new java.util.ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    DocumentFingerprints d = batch.get(error.getIndex());
                    replaces.add(new ReplaceOneModel<>(Filters.eq("_id", d.docId()), encode(d),
                            new ReplaceOptions().upsert(true)));
                }
                documents.bulkWrite(replaces, new BulkWriteOptions().ordered(false));
            }
        }
    }

    @Override
    public java.util.Optional<DocumentFingerprints> replace(DocumentFingerprints document) {
        Document previous = documents.findOneAndReplace(Filters.eq("_id", document.docId()), encode(document),
                new com.mongodb.client.model.FindOneAndReplaceOptions().upsert(true)
                        .returnDocument(com.mongodb.client.model.ReturnDocument.BEFORE));
        return java.util.Optional.ofNullable(previous).map(d -> decode(d, true));
    }

    @Override
    public Map<String, DocumentFingerprints> get(Collection<String> docIds) {
        Map<String, DocumentFingerprints> found = new HashMap<>();
        if (!docIds.isEmpty()) {
            documents.find(Filters.in("_id", docIds)).forEach(d -> found.put(d.getString("_id"), decode(d, true)));
        }
        return found;
    }

    @Override
    public Map<String, DocumentFingerprints> summaries(Collection<String> docIds) {
        Map<String, DocumentFingerprints> found = new HashMap<>();
        if (!docIds.isEmpty()) {
            documents.find(Filters.in("_id", docIds)).projection(Projections.exclude("f", "t"))
                    .forEach(d -> found.put(d.getString("_id"), decode(d, false)));
        }
        return found;
    }

    @Override
    public void remove(String docId) {
        documents.deleteOne(Filters.eq("_id", docId));
    }

    private static Document encode(DocumentFingerprints d) {
        ByteBuffer buffer = ByteBuffer.allocate(d.size() * BYTES_PER_FINGERPRINT);
        for (int i = 0; i < d.size(); i++) {
            buffer.putLong(d.hashes()[i]).putInt(d.sections()[i]).putInt(d.syllables()[i])
                    .putInt(d.starts()[i]).putInt(d.ends()[i]);
        }
        return new Document("_id", d.docId()).append("o", d.ownerId()).append("y", d.year())
                .append("k", d.sectionKeys()).append("n", d.evidenceCount()).append("a", d.authorFit()).append("f", new Binary(buffer.array()))
                .append("t", new Binary(encodeTexts(d.sectionTexts())));
    }

    private static byte[] encodeTexts(List<String> texts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.DeflaterOutputStream(bytes))) {
            out.writeInt(texts.size());
            for (String text : texts) {
                byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> decodeTexts(Binary binary) {
        if (binary == null) {
            return List.of();
        }
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.InflaterInputStream(
                new java.io.ByteArrayInputStream(binary.getData())))) {
            int n = in.readInt();
            List<String> texts = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                texts.add(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
            }
            return texts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DocumentFingerprints decode(Document doc, boolean withFingerprints) {
        byte[] bytes = withFingerprints ? doc.get("f", Binary.class).getData() : new byte[0];
        int n = bytes.length / BYTES_PER_FINGERPRINT;
        long[] hashes = new long[n];
        int[] sections = new int[n];
        int[] syllables = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int i = 0; i < n; i++) {
            hashes[i] = buffer.getLong();
            sections[i] = buffer.getInt();
            syllables[i] = buffer.getInt();
            starts[i] = buffer.getInt();
            ends[i] = buffer.getInt();
        }
        Object authorFit = doc.get("a"); // absent in documents stored before it existed
        return new DocumentFingerprints(doc.getString("_id"), doc.getString("o"), doc.getInteger("y"),
                doc.getList("k", String.class), doc.getInteger("n"),
                authorFit instanceof Number number ? number.doubleValue() : 0, hashes, sections, syllables, starts, ends,
                withFingerprints ? decodeTexts(doc.get("t", Binary.class)) : List.of());
    }
}
