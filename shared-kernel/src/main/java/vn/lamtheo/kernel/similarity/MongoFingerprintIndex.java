package vn.lamtheo.kernel.similarity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index in MongoDB: one document per fingerprint, {@code {_id: fingerprint, n: frequency,
 * p: ["year|docId", …]}}, plus a counter document for the population. Every read is {@code $in} on {@code _id}
 * and every write an upsert by {@code _id}: served by the one index the embedded server and MongoDB both have.
 */
public final class MongoFingerprintIndex implements FingerprintIndex {

    /** Keeps each {@code $in} and each bulk write to a size the embedded server handles in one round trip. */
    private static final int BATCH = 1000;
    private static final String POPULATION_ID = "documents";

    private final MongoCollection<Document> fingerprints;
    private final MongoCollection<Document> meta;
    private final int maxPostingsPerFingerprint;

    /** @param prefix collection name prefix, e.g. {@code pledge_copycheck}: each use of the engine has its own index */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint) {
        this.fingerprints = database.getCollection(prefix + "_fingerprints");
        this.meta = database.getCollection(prefix + "_meta");
        this.maxPostingsPerFingerprint = maxPostingsPerFingerprint;
    }

    @Override
    public Map<Long, Integer> frequencies(long[] hashes) {
        Map<Long, Integer> found = new HashMap<>();
        for (int from = 0; from < hashes.length; from += BATCH) {
            List<Long> ids = Arrays.stream(hashes, from, Math.min(hashes.length, from + BATCH)).boxed().toList();
            for (Document d : fingerprints.find(Filters.in("_id", ids)).projection(Projections.include("n"))) {
                found.put(d.getLong("_id"), d.getInteger("n", 0));
            }
        }
        return found;
    }

    @Override
    public Map<Long, List<Posting>> postings(long[] hashes) {
        Map<Long, List<Posting>> found = new HashMap<>();
        for (int from = 0; from < hashes.length; from += BATCH) {
            List<Long> ids = Arrays.stream(hashes, from, Math.min(hashes.length, from + BATCH)).boxed().toList();
            for (Document d : fingerprints.find(Filters.in("_id", ids)).projection(Projections.include("p"))) {
                List<String> encoded = d.getList("p", String.class, List.of());
                List<Posting> postings = new ArrayList<>(encoded.size());
                encoded.forEach(e -> postings.add(Posting.decode(e)));
                found.put(d.getLong("_id"), postings);
            }
        }
        return found;
    }

    @Override
    public void add(List<IndexEntry> entries) {
        // Group by fingerprint so a batch of documents costs one write per distinct fingerprint.
        Map<Long, List<String>> byFingerprint = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            String posting = new Posting(entry.docId(), entry.year()).encode();
            for (long f : entry.fingerprints()) {
                byFingerprint.computeIfAbsent(f, x -> new ArrayList<>(2)).add(posting);
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>(BATCH);
        for (Map.Entry<Long, List<String>> e : byFingerprint.entrySet()) {
            // $slice keeps the first postings only: a stock phrase's document stays small, its count keeps growing.
            Bson update = Updates.combine(Updates.inc("n", e.getValue().size()),
                    Updates.pushEach("p", e.getValue(), new PushOptions().slice(maxPostingsPerFingerprint)));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", e.getKey()), update, new UpdateOptions().upsert(true)));
            if (writes.size() == BATCH) {
                fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        meta.updateOne(Filters.eq("_id", POPULATION_ID), Updates.inc("n", (long) entries.size()),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void remove(IndexEntry entry) {
        String posting = new Posting(entry.docId(), entry.year()).encode();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (long f : entry.fingerprints()) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", f),
                    Updates.combine(Updates.inc("n", -1), Updates.pull("p", posting))));
        }
        if (!writes.isEmpty()) {
            fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        meta.updateOne(Filters.eq("_id", POPULATION_ID), Updates.inc("n", -1L), new UpdateOptions().upsert(true));
    }

    @Override
    public long documentCount() {
        Document d = meta.find(Filters.eq("_id", POPULATION_ID)).first();
        return d == null ? 0 : ((Number) d.get("n")).longValue();
    }
}
