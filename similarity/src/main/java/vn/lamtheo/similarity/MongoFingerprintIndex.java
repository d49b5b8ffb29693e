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
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index in MongoDB, in two collections keyed by fingerprint: {@code <prefix>_fingerprints} holds the
 * counts, {@code {_id: fingerprint, n: frequency, v: version}}, and {@code <prefix>_postings} the postings,
 * {@code {_id: fingerprint, v: version, p: [chunk, …]}}. Every read is {@code $in} on {@code _id} and every write one
 * update by {@code _id}: served by the one index both the embedded server and MongoDB have.
 *
 * <p>Why two collections: every check reads the count of each of its fingerprints, most of them stock phrases whose
 * postings it never needs; a server reads a whole document to return one field, so with the postings in the same
 * document each check read (and the embedded server decoded) up to a thousand postings per stock phrase.
 *
 * <p>Postings are packed: each write pushes one binary chunk ({@link PostingChunks}) holding the postings it adds
 * (a bulk batch adds many in one chunk) or removes (a tombstone), increments {@code n} and sets the version {@code v}
 * of both documents to a new random 64-bit value (unique in practice, also across instances and after the collections
 * are dropped and rebuilt by a reset, which a counter would not be). The postings are written before the count, so a
 * reader that sees a count also finds its postings.
 * Reading replays the chunks in order and keeps the first {@code maxPostingsPerFingerprint} live postings, exactly
 * what the in-memory index keeps.
 *
 * <p>Checks read {@code n} and {@code v} first (the snapshot); postings are then served from an in-process cache
 * when its copy has the version just read, and read by {@code $in} otherwise. The version changes on every write, by
 * any instance, so a cached copy is used only while it is what MongoDB holds: several instances stay correct.
 *
 * <p>The population counter lives in the counts under a reserved {@code _id}, so that a check reads it in the same
 * {@code $in} as its frequencies and a batch of additions updates it in the same bulk write. It also carries the
 * layout ({@code l}); an index written before the split (postings in the counts' documents) is moved to this layout
 * once, when it is opened.
 */
public final class MongoFingerprintIndex implements FingerprintIndex {

    private static final long POPULATION_ID = RESERVED_FINGERPRINT;
    /** Postings in their own collection; absent: the earlier single-collection layout. */
    private static final int LAYOUT = 2;
    /** Keeps each {@code $in} and each bulk write to a size the embedded server handles in one round trip. */
    private static final int BATCH = 1000;
    /** Default bound of the postings cache, in postings (a reference each; posting objects are shared between lists). */
    public static final int DEFAULT_CACHED_POSTINGS = 2_000_000;

    private final MongoCollection<Document> counts;
    private final MongoCollection<Document> postingDocuments;
    private final int maxPostingsPerFingerprint;
    private final PostingsCache cache;

    /** @param prefix collection name prefix, e.g. {@code pledge_copycheck}: each use of the engine has its own index */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint) {
        this(database, prefix, maxPostingsPerFingerprint, DEFAULT_CACHED_POSTINGS);
    }

    /** @param cachedPostings bound of the in-process postings cache (0: no cache, every check reads its postings) */
    public MongoFingerprintIndex(MongoDatabase database, String prefix, int maxPostingsPerFingerprint, int cachedPostings) {
        this.counts = database.getCollection(prefix + "_fingerprints");
        this.postingDocuments = database.getCollection(prefix + "_postings");
        this.maxPostingsPerFingerprint = maxPostingsPerFingerprint;
        this.cache = new PostingsCache(cachedPostings);
        moveEarlierLayout();
    }

    /** Drops the index with this prefix (a reset, before the replay rebuilds it). */
    public static void drop(MongoDatabase database, String prefix) {
        database.getCollection(prefix + "_fingerprints").drop();
        database.getCollection(prefix + "_postings").drop();
    }

    /**
     * Moves postings kept in the counts' documents (the layout before the split) to their own collection: each move
     * is a replace then an unset, so a move interrupted half-way is redone from where it stopped on the next start.
     */
    private void moveEarlierLayout() {
        Document population = counts.find(Filters.eq("_id", POPULATION_ID)).first();
        if (population != null && Integer.valueOf(LAYOUT).equals(population.get("l"))) {
            return;
        }
        List<Document> batch = new ArrayList<>(BATCH);
        for (Document d : counts.find(Filters.exists("p")).projection(Projections.include("p", "v"))) {
            batch.add(d);
            if (batch.size() == BATCH) {
                move(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            move(batch);
        }
        counts.updateOne(Filters.eq("_id", POPULATION_ID), populationUpdate(0), new UpdateOptions().upsert(true));
    }

    private void move(List<Document> earlier) {
        postingDocuments.bulkWrite(earlier.stream().<WriteModel<Document>>map(d -> new ReplaceOneModel<>(
                Filters.eq("_id", d.get("_id")), new Document("_id", d.get("_id")).append("v", version(d))
                        .append("p", d.get("p")), new ReplaceOptions().upsert(true))).toList(),
                new BulkWriteOptions().ordered(false));
        counts.bulkWrite(earlier.stream().<WriteModel<Document>>map(d -> new UpdateOneModel<>(
                Filters.eq("_id", d.get("_id")), Updates.unset("p"))).toList(), new BulkWriteOptions().ordered(false));
    }

    private static Bson populationUpdate(long added) {
        return Updates.combine(Updates.inc("n", added), Updates.set("l", LAYOUT));
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
            for (Document d : counts.find(Filters.in("_id", ids)).projection(Projections.include("n", "v"))) {
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
            for (Document d : postingDocuments.find(Filters.in("_id", ids))) {
                List<Posting> list = PostingChunks.replay(d.getList("p", Object.class, List.of()),
                        maxPostingsPerFingerprint, cache::intern);
                long id = d.getLong("_id");
                found.put(id, list);
                cache.put(id, version(d), list);
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
        List<Map.Entry<Long, List<Posting>>> all = new ArrayList<>(byFingerprint.entrySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Map.Entry<Long, List<Posting>>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<WriteModel<Document>> postingWrites = new ArrayList<>(batch.size());
            List<WriteModel<Document>> countWrites = new ArrayList<>(batch.size() + 1);
            for (Map.Entry<Long, List<Posting>> e : batch) {
                long id = e.getKey();
                long version = newVersion();
                Binary chunk = PostingChunks.added(e.getValue());
                if (absent.test(id)) {
                    postingWrites.add(new InsertOneModel<>(new Document("_id", id).append("v", version)
                            .append("p", List.of(chunk))));
                    countWrites.add(new InsertOneModel<>(new Document("_id", id).append("n", e.getValue().size())
                            .append("v", version)));
                } else {
                    postingWrites.add(pushUpsert(id, version, chunk));
                    countWrites.add(countUpsert(id, version, e.getValue().size()));
                }
            }
            if (from == 0) {
                countWrites.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), populationUpdate(entries.size()),
                        new UpdateOptions().upsert(true)));
            }
            write(postingDocuments, postingWrites);
            write(counts, countWrites);
        }
        if (all.isEmpty()) {
            counts.updateOne(Filters.eq("_id", POPULATION_ID), populationUpdate(entries.size()), new UpdateOptions().upsert(true));
        }
    }

    private static UpdateOneModel<Document> pushUpsert(long fingerprint, long version, Binary chunk) {
        return new UpdateOneModel<>(Filters.eq("_id", fingerprint),
                Updates.combine(Updates.set("v", version), Updates.push("p", chunk)), new UpdateOptions().upsert(true));
    }

    private static UpdateOneModel<Document> countUpsert(long fingerprint, long version, int added) {
        return new UpdateOneModel<>(Filters.eq("_id", fingerprint),
                Updates.combine(Updates.inc("n", added), Updates.set("v", version)), new UpdateOptions().upsert(true));
    }

    /** An unordered bulk write; inserts that lost a race to another writer are redone as the matching upserts. */
    private static void write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY
                        || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                Document d = insert.getDocument();
                long id = d.getLong("_id");
                retries.add(d.containsKey("p")
                        ? pushUpsert(id, d.getLong("v"), (Binary) d.getList("p", Object.class).get(0))
                        : countUpsert(id, d.getLong("v"), d.getInteger("n")));
            }
            collection.bulkWrite(retries, new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public void remove(IndexEntry entry) {
        Binary tombstone = PostingChunks.removed(new Posting(entry.docId(), entry.year()));
        List<WriteModel<Document>> postingWrites = new ArrayList<>();
        List<WriteModel<Document>> countWrites = new ArrayList<>();
        for (long f : entry.fingerprints()) {
            long version = newVersion();
            postingWrites.add(new UpdateOneModel<>(Filters.eq("_id", f),
                    Updates.combine(Updates.set("v", version), Updates.push("p", tombstone))));
            countWrites.add(new UpdateOneModel<>(Filters.eq("_id", f),
                    Updates.combine(Updates.inc("n", -1), Updates.set("v", version))));
        }
        countWrites.add(new UpdateOneModel<>(Filters.eq("_id", POPULATION_ID), populationUpdate(-1),
                new UpdateOptions().upsert(true)));
        if (!postingWrites.isEmpty()) {
            postingDocuments.bulkWrite(postingWrites, new BulkWriteOptions().ordered(false));
        }
        counts.bulkWrite(countWrites, new BulkWriteOptions().ordered(false));
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
