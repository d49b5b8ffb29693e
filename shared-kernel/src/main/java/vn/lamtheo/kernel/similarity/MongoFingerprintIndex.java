package vn.lamtheo.kernel.similarity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index in MongoDB: one document per fingerprint, {@code {_id: fingerprint, n: frequency, v: version,
 * p: [chunk, …]}}. Every read is {@code $in} on {@code _id} and every write one atomic update by {@code _id}: served
 * by the one index both the embedded server and MongoDB have.
 *
 * <p>Postings are packed: each write pushes one binary chunk ({@link PostingChunks}) holding the postings it adds
 * (a bulk batch adds many in one chunk) or removes (a tombstone), increments {@code n} and sets the version {@code v}
 * to a new random 64-bit value (unique in practice, also across instances and after the collection is dropped and
 * rebuilt by a reset, which a counter would not be).
 * Reading replays the chunks in order and keeps the first {@code maxPostingsPerFingerprint} live postings, exactly
 * what the in-memory index keeps. A document is small to read and cheap to rewrite (no array of strings to parse).
 *
 * <p>Checks read {@code n} and {@code v} first (the snapshot); postings are then served from an in-process cache
 * when its copy has the version just read, and read by {@code $in} otherwise. The version changes on every write, by
 * any instance, so a cached copy is used only while it is what MongoDB holds: several instances stay correct.
 *
 * <p>The population counter lives in the same collection under a reserved {@code _id} so that a check reads it in the
 * same {@code $in} as its frequencies, and a batch of additions updates it in the same bulk write (each round trip
 * counts on the embedded server). The engine never emits that value as a fingerprint.
 */
public final class MongoFingerprintIndex implements FingerprintIndex {

    private static final long POPULATION_ID = RESERVED_FINGERPRINT;
    /** Keeps each {@code $in} and each bulk write to a size the embedded server handles in one round trip. */
    private static final int BATCH = 1000;
    /** Default bound of the postings cache, in postings (a reference each; posting objects are shared between lists). */
    public static final int DEFAULT_CACHED_POSTINGS = 2_000_000;

    private final MongoCollection<Document> fingerprints;
    private final int maxPostingsPerFingerprint;
    private final PostingsCache cache;

    /** @param prefix collection name prefix, e.g. {@code pledge_copycheck}: each use of the engine has its own index */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint) {
        this(database, prefix, maxPostingsPerFingerprint, DEFAULT_CACHED_POSTINGS);
    }

    /** @param cachedPostings bound of the in-process postings cache (0: no cache, every check reads its postings) */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint, int cachedPostings) {
        this.fingerprints = database.getCollection(prefix + "_fingerprints");
        this.maxPostingsPerFingerprint = maxPostingsPerFingerprint;
        this.cache = new PostingsCache(cachedPostings);
    }

    @Override
    public IndexSnapshot snapshot(long[] hashes) {
        Map<Long, Integer> found = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        long population = 0;
        for (int from = 0; from < Math.max(1, hashes.length); from += BATCH) {
            List<Long> ids = new ArrayList<>(BATCH + 1);
            for (int i = from; i < Math.min(hashes.length, from + BATCH); i++) {
                ids.add(hashes[i]);
            }
            if (from == 0) {
                ids.add(POPULATION_ID);
            }
            for (Document d : fingerprints.find(Filters.in("_id", ids)).projection(Projections.include("n", "v"))) {
                long id = d.getLong("_id");
                if (id == POPULATION_ID) {
                    population = ((Number) d.get("n")).longValue();
                } else {
                    found.put(id, d.getInteger("n", 0));
                    versions.put(id, version(d));
                }
            }
        }
        return new IndexSnapshot(found, population, versions);
    }

    @Override
    public Map<Long, List<Posting>> postings(long[] hashes) {
        return postings(new IndexSnapshot(Map.of(), 0), hashes);
    }

    @Override
    public Map<Long, List<Posting>> postings(IndexSnapshot snapshot, long[] hashes) {
        Map<Long, List<Posting>> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long h : hashes) {
            Long version = snapshot.versions().get(h);
            List<Posting> cached = version == null ? null : cache.get(h, version);
            if (cached != null) {
                found.put(h, cached);
            } else {
                missing.add(h);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> ids = missing.subList(from, Math.min(missing.size(), from + BATCH));
            for (Document d : fingerprints.find(Filters.in("_id", ids)).projection(Projections.include("p", "v"))) {
                List<Posting> postings = PostingChunks.replay(d.getList("p", Object.class, List.of()),
                        maxPostingsPerFingerprint, cache::intern);
                long id = d.getLong("_id");
                found.put(id, postings);
                cache.put(id, version(d), postings);
            }
        }
        return found;
    }

    @Override
    public void add(List<IndexEntry> entries) {
        add(entries, h -> false);
    }

    /**
     * Fingerprints known to be absent are inserted (cheaper than an upsert on the embedded server: no lookup first);
     * if another writer created one meanwhile, the insert fails on the duplicate key and is redone as an upsert.
     */
    @Override
    public void add(List<IndexEntry> entries, java.util.function.LongPredicate absent) {
        // Group by fingerprint so a batch of documents costs one write (and one chunk) per distinct fingerprint.
        Map<Long, List<Posting>> byFingerprint = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            Posting posting = new Posting(entry.docId(), entry.year());
            for (long f : entry.fingerprints()) {
                byFingerprint.computeIfAbsent(f, x -> new ArrayList<>(2)).add(posting);
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>(BATCH);
        Map<Long, Binary> chunks = new HashMap<>();
        writes.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), Updates.inc("n", (long) entries.size()),
                new UpdateOptions().upsert(true)));
        for (Map.Entry<Long, List<Posting>> e : byFingerprint.entrySet()) {
            Binary chunk = PostingChunks.added(e.getValue());
            if (absent.test(e.getKey())) {
                chunks.put(e.getKey(), chunk);
                writes.add(new InsertOneModel<>(new Document("_id", e.getKey()).append("n", e.getValue().size())
                        .append("v", newVersion()).append("p", List.of(chunk))));
            } else {
                writes.add(upsert(e.getKey(), e.getValue().size(), chunk));
            }
            if (writes.size() == BATCH) {
                write(writes, byFingerprint, chunks);
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            write(writes, byFingerprint, chunks);
        }
    }

    private static UpdateOneModel<Document> upsert(long fingerprint, int added, Binary chunk) {
        return new UpdateOneModel<>(Filters.eq("_id", fingerprint),
                Updates.combine(Updates.inc("n", added), Updates.set("v", newVersion()), Updates.push("p", chunk)),
                new UpdateOptions().upsert(true));
    }

    /** An unordered bulk write; inserts that lost a race to another writer are redone as upserts. */
    private void write(List<WriteModel<Document>> writes, Map<Long, List<Posting>> byFingerprint, Map<Long, Binary> chunks) {
        try {
            fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY
                        || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                long id = insert.getDocument().getLong("_id");
                retries.add(upsert(id, byFingerprint.get(id).size(), chunks.get(id)));
            }
            fingerprints.bulkWrite(retries, new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public void remove(IndexEntry entry) {
        Binary tombstone = PostingChunks.removed(new Posting(entry.docId(), entry.year()));
        List<WriteModel<Document>> writes = new ArrayList<>();
        writes.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), Updates.inc("n", -1L),
                new UpdateOptions().upsert(true)));
        for (long f : entry.fingerprints()) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", f),
                    Updates.combine(Updates.inc("n", -1), Updates.set("v", newVersion()), Updates.push("p", tombstone))));
        }
        fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    private static long newVersion() {
        return java.util.concurrent.ThreadLocalRandom.current().nextLong();
    }

    private static long version(Document d) {
        Object v = d.get("v");
        return v instanceof Number number ? number.longValue() : 0L;
    }

    /** How many postings lists were served from the cache and how many were read (for benchmarks). */
    public long[] cacheHitsAndMisses() {
        return cache.hitsAndMisses();
    }
}
