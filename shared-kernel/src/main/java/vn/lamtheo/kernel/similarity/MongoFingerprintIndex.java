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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index in MongoDB: one document per fingerprint, {@code {_id: fingerprint, n: frequency,
 * p: ["year|docId", …]}}. Every read is {@code $in} on {@code _id} and every write an upsert by {@code _id}: served by
 * the one index both the embedded server and MongoDB have.
 *
 * <p>The population counter lives in the same collection under a reserved {@code _id} so that a check reads it in the
 * same {@code $in} as its frequencies, and a batch of additions updates it in the same bulk write (each round trip
 * counts on the embedded server). The engine never emits that value as a fingerprint.
 */
public final class MongoFingerprintIndex implements FingerprintIndex {

    private static final long POPULATION_ID = RESERVED_FINGERPRINT;
    /** Keeps each {@code $in} and each bulk write to a size the embedded server handles in one round trip. */
    private static final int BATCH = 1000;

    private final MongoCollection<Document> fingerprints;
    private final int maxPostingsPerFingerprint;

    /** @param prefix collection name prefix, e.g. {@code pledge_copycheck}: each use of the engine has its own index */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint) {
        this.fingerprints = database.getCollection(prefix + "_fingerprints");
        this.maxPostingsPerFingerprint = maxPostingsPerFingerprint;
    }

    @Override
    public IndexSnapshot snapshot(long[] hashes) {
        Map<Long, Integer> found = new HashMap<>();
        long population = 0;
        for (int from = 0; from < Math.max(1, hashes.length); from += BATCH) {
            List<Long> ids = new ArrayList<>(BATCH + 1);
            for (int i = from; i < Math.min(hashes.length, from + BATCH); i++) {
                ids.add(hashes[i]);
            }
            if (from == 0) {
                ids.add(POPULATION_ID);
            }
            for (Document d : fingerprints.find(Filters.in("_id", ids)).projection(Projections.include("n"))) {
                long id = d.getLong("_id");
                if (id == POPULATION_ID) {
                    population = ((Number) d.get("n")).longValue();
                } else {
                    found.put(id, d.getInteger("n", 0));
                }
            }
        }
        return new IndexSnapshot(found, population);
    }

    @Override
    public Map<Long, List<Posting>> postings(long[] hashes) {
        Map<Long, List<Posting>> found = new HashMap<>();
        for (int from = 0; from < hashes.length; from += BATCH) {
            List<Long> ids = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(hashes.length, from + BATCH); i++) {
                ids.add(hashes[i]);
            }
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
        writes.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), Updates.inc("n", (long) entries.size()),
                new UpdateOptions().upsert(true)));
        for (Map.Entry<Long, List<String>> e : byFingerprint.entrySet()) {
            // $slice keeps the first postings only, even if two writers race past the saturation point.
            writes.add(new UpdateOneModel<>(Filters.eq("_id", e.getKey()),
                    Updates.combine(Updates.inc("n", e.getValue().size()),
                            Updates.pushEach("p", e.getValue(), new PushOptions().slice(maxPostingsPerFingerprint))),
                    new UpdateOptions().upsert(true)));
            if (writes.size() == BATCH) {
                fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public void remove(IndexEntry entry) {
        String posting = new Posting(entry.docId(), entry.year()).encode();
        List<WriteModel<Document>> writes = new ArrayList<>();
        writes.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), Updates.inc("n", -1L),
                new UpdateOptions().upsert(true)));
        for (long f : entry.fingerprints()) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", f),
                    Updates.combine(Updates.inc("n", -1), Updates.pull("p", posting))));
        }
        fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
