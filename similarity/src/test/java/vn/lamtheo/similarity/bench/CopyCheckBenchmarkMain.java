package vn.lamtheo.similarity.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.RawBsonDocument;
import vn.lamtheo.similarity.MongoFingerprintIndex;
import vn.lamtheo.similarity.MongoFingerprintStore;
import vn.lamtheo.similarity.Section;
import vn.lamtheo.similarity.SimilarityConfig;
import vn.lamtheo.similarity.SimilarityDocument;
import vn.lamtheo.similarity.SimilarityEngine;
import vn.lamtheo.similarity.TemplateFingerprints;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * bench/copycheck-bench.sh: index N synthetic pledges into the embedded MongoDB (batched writes), then time single
 * copy checks, beside the naive baseline (compare the new pledge with every pledge of its year, no index).
 * Arguments: corpusDir sizes(comma-separated) [queries=200] [indexBudgetMinutes=20] [mongo|memory]
 * ("memory" runs the same engine on the in-memory index: the algorithm's cost without the server's round trips).
 */
public final class CopyCheckBenchmarkMain {

    /** Pledges per {@code indexAll} call: one write per distinct fingerprint of the batch (-Dcopycheck.indexBatch). */
    private static final int INDEX_BATCH = Integer.getInteger("copycheck.indexBatch", 5000);
    /** Bound of the MongoDB index's in-process postings cache; 0 = every check reads its postings (-Dcopycheck.cachedPostings). */
    private static final int CACHED_POSTINGS = Integer.getInteger("copycheck.cachedPostings",
            MongoFingerprintIndex.DEFAULT_CACHED_POSTINGS);
    /** The embedded server's page cache in MB (-Dcopycheck.storeCacheMb; 16 is H2's own default). */
    private static final int STORE_CACHE_MB = Integer.getInteger("copycheck.storeCacheMb",
            EmbeddedMongo.defaultCacheMegabytes());
    /**
     * A folder to keep the index in (-Dcopycheck.store): a later run with the same folder, size and generator finds it
     * built and times the checks only, so that check-path experiments at 1M do not pay 30 minutes of indexing each.
     * The generator still runs (it draws the same random sequence, hence the same probes); the caches start cold.
     */
    private static final String KEPT_STORE = System.getProperty("copycheck.store");
    /** A JFR file to record the timed checks into (-Dcopycheck.jfr; JFR's "profile" settings: allocation, GC, CPU). */
    private static final String CHECKS_JFR = System.getProperty("copycheck.jfr");
    /** Untimed checks before the timed ones: the JIT and the caches warm up (-Dcopycheck.warmup; more on a reused, cold index). */
    private static final int WARMUP = Integer.getInteger("copycheck.warmup", 20);
    private static final String PREFIX = "pledge_copycheck";
    /** Pledges of one year that the baseline really compares against; beyond, the per-comparison cost is scaled. */
    private static final int BASELINE_SAMPLE = 2000;

    public static void main(String[] args) throws Exception {
        vn.lamtheo.similarity.QuietLogs.apply();
        Path corpusDir = Path.of(args[0]);
        int[] sizes = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long budgetNanos = (long) ((args.length > 3 ? Double.parseDouble(args[3]) : 20) * 60e9);
        boolean inMemory = args.length > 4 && args[4].equals("memory");
        SentencePools pools = SentencePools.load(corpusDir);
        SimilarityConfig config = SimilarityConfig.defaults();
        System.out.printf(Locale.ROOT, "config %s; %d checks per size; %d cores; index batch %d; postings cache %d; "
                        + "store page cache %d MB; one pledge in %d writes %.0f%% of its sentences itself; heap %d MB, collectors %s%n", config, queries,
                Runtime.getRuntime().availableProcessors(), INDEX_BATCH, CACHED_POSTINGS, STORE_CACHE_MB, SentencePools.OWN_WRITERS,
                100 * SentencePools.OWN_SHARE, Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        for (int n : sizes) {
            run(n, queries, budgetNanos, pools, config, inMemory);
        }
    }

    private static void run(int n, int queries, long budgetNanos, SentencePools pools, SimilarityConfig config,
                            boolean inMemory) throws Exception {
        Path data = KEPT_STORE == null ? Files.createTempDirectory("copycheck-bench-" + n) : Path.of(KEPT_STORE, "n" + n);
        Path built = data.resolve("built");
        boolean reuse = KEPT_STORE != null && !inMemory && Files.exists(built);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(data, 0, STORE_CACHE_MB);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase db = client.getDatabase("bench");
            MongoFingerprintIndex mongoIndex = new MongoFingerprintIndex(db, PREFIX, config.maxPostingsPerFingerprint(),
                    CACHED_POSTINGS);
            SimilarityEngine engine = inMemory
                    ? new SimilarityEngine(config, TemplateFingerprints.none(),
                            new vn.lamtheo.similarity.InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()),
                            new vn.lamtheo.similarity.InMemoryFingerprintStore())
                    : new SimilarityEngine(config, TemplateFingerprints.none(),
                            mongoIndex, new MongoFingerprintStore(db, PREFIX));
            Random random = new Random(n);
            List<SimilarityDocument> reservoir = new ArrayList<>();
            long started = System.nanoTime();
            int indexed = 0;
            while (indexed < n && System.nanoTime() - started < budgetNanos) {
                List<SimilarityDocument> batch = new ArrayList<>(INDEX_BATCH);
                for (int i = 0; i < INDEX_BATCH && indexed + i < n; i++) {
                    SimilarityDocument d = pools.pledge(indexed + i, random);
                    batch.add(d);
                    if (SentencePools.ownWriter(indexed + i) && random.nextInt(Math.max(1, n / 200 / SentencePools.OWN_WRITERS)) == 0) {
                        reservoir.add(d);
                    }
                }
                if (!reuse) {
                    engine.indexAll(batch);
                }
                indexed += batch.size();
                if (indexed % 10_000 == 0) {
                    System.err.printf(Locale.ROOT, "N=%d: %d indexed, %.0f s%n", n, indexed, (System.nanoTime() - started) / 1e9);
                }
            }
            mongo.awaitDurable();
            if (KEPT_STORE != null && !reuse && indexed == n) {
                Files.writeString(built, Integer.toString(indexed));
            }
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            // Checks are timed on a built index, not in the wake of the bulk load: a live server indexes one pledge per
            // submission, while the bulk load leaves gigabytes of garbage whose collection would land on a few checks
            // (-Dcopycheck.gcBeforeChecks=false to time them right after the load, as before).
            if (Boolean.parseBoolean(System.getProperty("copycheck.gcBeforeChecks", "true"))) {
                System.gc();
            }

            // Half of the checks are new pledges, half copies of indexed pledges that wrote some text of their own
            // (these find their source and go through alignment too).
            List<SimilarityDocument> probes = new ArrayList<>();
            List<String> copiedFrom = new ArrayList<>(); // the source of each copy probe, null for a new pledge
            for (int q = 0; q < queries + WARMUP; q++) {
                SimilarityDocument fresh = pools.pledge(10_000_000L + q, random);
                String source = null;
                if (q % 2 == 1 && !reservoir.isEmpty()) {
                    SimilarityDocument copied = reservoir.get(random.nextInt(reservoir.size()));
                    fresh = new SimilarityDocument(fresh.id(), fresh.ownerId(), copied.year(), copied.sections());
                    source = copied.id();
                }
                probes.add(fresh);
                copiedFrom.add(source);
            }
            long[] latencies = new long[queries];
            long[] uptimeMillis = new long[queries]; // when each check ended, to find it in a GC log (-Xlog:gc:…:uptime)
            var runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
            jdk.jfr.Recording recording = CHECKS_JFR == null ? null
                    : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            long[] cpu = new long[queries];
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            Outcomes copies = new Outcomes();
            Outcomes fresh = new Outcomes();
            for (int q = 0; q < probes.size(); q++) {
                if (q == WARMUP && recording != null) {
                    recording.start(); // the timed checks only
                }
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                vn.lamtheo.similarity.CopyCheckResult result = engine.check(probes.get(q));
                long t = System.nanoTime() - t0;
                long c = os.getProcessCpuTime() - c0;
                if (q >= WARMUP) {
                    latencies[q - WARMUP] = t;
                    uptimeMillis[q - WARMUP] = runtime.getUptime();
                    cpu[q - WARMUP] = c;
                    (copiedFrom.get(q) == null ? fresh : copies).count(result, copiedFrom.get(q));
                }
            }
            if (recording != null) {
                recording.dump(Path.of(CHECKS_JFR));
                recording.close();
            }
            String slowest = slowest(latencies, uptimeMillis, copiedFrom.subList(WARMUP, copiedFrom.size()), 5);
            Arrays.sort(latencies);
            Arrays.sort(cpu);
            long[] cache = mongoIndex.cacheHitsAndMisses();

            System.out.printf(Locale.ROOT, "%n== N=%d, %s index%s%n", n, inMemory ? "in-memory" : "embedded MongoDB", indexed < n ? " (PARTIAL: only " + indexed + " indexed within the budget)" : "");
            if (reuse) {
                System.out.printf(Locale.ROOT, "indexing: none, the index of %d pledges kept in %s was reused (caches cold)%n",
                        indexed, data);
            } else {
                System.out.printf(Locale.ROOT, "indexing: %d pledges in %.1f s = %.1f pledges/s (batches of %d)%n",
                        indexed, indexSeconds, indexed / indexSeconds, INDEX_BATCH);
            }
            System.out.printf(Locale.ROOT, "checked: %d copies of indexed pledges (%d reported their source first, %d suspected), "
                            + "%d new pledges (%d reported a source, %d suspected)%n", copies.checks, copies.sourceFirst,
                    copies.suspected, fresh.checks, fresh.withSources, fresh.suspected);
            System.out.printf(Locale.ROOT, "check latency over %d checks: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    queries, ms(percentile(latencies, 0.50)), ms(percentile(latencies, 0.95)),
                    ms(percentile(latencies, 0.99)), ms(latencies[latencies.length - 1]));
            System.out.println("slowest checks: " + slowest);
            System.out.printf(Locale.ROOT, "CPU time of the whole process per check (client, in-process server, GC; shows the work apart from waiting for a core): p50 %.2f ms  p99 %.2f ms%n",
                    ms(percentile(cpu, 0.50)), ms(percentile(cpu, 0.99)));
            if (!inMemory) System.out.printf(Locale.ROOT, "postings lists served by the in-process cache: %d, read from the server: %d (warm-up included)%n",
                    cache[0], cache[1]);
            System.out.flush();

            // The size scan reads every document, which the embedded server gathers in memory before it answers: at 1M
            // it once outlived the store's 45-second chunk retention and failed ("Chunk … not found"), so it runs after
            // the check figures are printed and its failure is reported, not fatal. Skipped on a reused index.
            if (!inMemory && !reuse) {
                String indexSize;
                try {
                    long fingerprintBytes = bsonBytes(db, PREFIX + "_fingerprints") + bsonBytes(db, PREFIX + "_postings");
                    long documentBytes = bsonBytes(db, PREFIX + "_documents");
                    indexSize = String.format(Locale.ROOT, "fingerprints %.1f MB + per-document %.1f MB (BSON) = %.0f bytes per pledge",
                            fingerprintBytes / 1e6, documentBytes / 1e6, (double) (fingerprintBytes + documentBytes) / indexed);
                } catch (RuntimeException scanFailed) {
                    indexSize = "BSON size not measured, the scan failed: " + scanFailed.getMessage();
                }
                long fileBytes;
                try (Stream<Path> files = Files.walk(data)) {
                    fileBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                }
                System.out.printf(Locale.ROOT, "index size: %s; data file %.1f MB = %.0f bytes per pledge%n",
                        indexSize, fileBytes / 1e6, (double) fileBytes / indexed);
            }
            Baseline baseline = n <= 100_000 ? baseline(pools, indexed / 5, new Random(n + 1), config) : null;
            if (baseline != null) {
                System.out.printf(Locale.ROOT, "naive baseline (fingerprint and compare every pledge of the year, %d pledges): %.1f ms per check%s; index check p50 is %.0fx faster%n",
                        baseline.yearSize(), baseline.millisPerCheck(),
                        baseline.estimated() ? String.format(Locale.ROOT, " (ESTIMATED: %d comparisons measured, %.3f ms each, scaled)",
                                baseline.measured(), baseline.millisPerComparison()) : " (measured in full)",
                        baseline.millisPerCheck() / ms(percentile(latencies, 0.50)));
            }
        } finally {
            if (KEPT_STORE == null) {
                deleteRecursively(data); // a million pledges leave about 10 GB behind
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What the timed checks of one kind found. */
    private static final class Outcomes {
        int checks, withSources, sourceFirst, suspected;

        void count(vn.lamtheo.similarity.CopyCheckResult result, String expectedSource) {
            checks++;
            withSources += result.sources().isEmpty() ? 0 : 1;
            sourceFirst += !result.sources().isEmpty() && result.sources().get(0).docId().equals(expectedSource) ? 1 : 0;
            suspected += result.suspected() ? 1 : 0;
        }
    }

    private record Baseline(int yearSize, int measured, double millisPerComparison, double millisPerCheck, boolean estimated) {
    }

    /**
     * The naive approach without an index: fingerprint each pledge of the year from its text and compute containment
     * with the new one. In memory, no I/O, so this is a lower bound of its real cost.
     */
    private static Baseline baseline(SentencePools pools, int yearSize, Random random, SimilarityConfig config) {
        int measured = Math.min(yearSize, BASELINE_SAMPLE);
        List<SimilarityDocument> year = new ArrayList<>(measured);
        for (int i = 0; i < measured; i++) {
            year.add(pools.pledge(20_000_000L + i, random));
        }
        var fingerprinter = SimilarityEngine.fingerprinterFor(config);
        SimilarityDocument probe = pools.pledge(30_000_000L, random);
        java.util.Set<Long> probeSet = fingerprintSet(fingerprinter, probe);
        double sink = 0;
        long t0 = System.nanoTime();
        for (SimilarityDocument other : year) {
            java.util.Set<Long> otherSet = fingerprintSet(fingerprinter, other);
            long shared = probeSet.stream().filter(otherSet::contains).count();
            sink += (double) shared / Math.max(1, probeSet.size());
        }
        double perComparison = (System.nanoTime() - t0) / 1e6 / measured;
        if (sink < 0) {
            System.out.println(sink);
        }
        return new Baseline(yearSize, measured, perComparison, perComparison * yearSize, measured < yearSize);
    }

    private static java.util.Set<Long> fingerprintSet(vn.lamtheo.similarity.text.ShingleFingerprinter f, SimilarityDocument d) {
        java.util.Set<Long> set = new java.util.HashSet<>();
        for (Section s : d.sections()) {
            f.fingerprints(vn.lamtheo.similarity.text.Syllables.of(s.text())).forEach(x -> set.add(x.hash()));
        }
        return set;
    }

    private static long bsonBytes(MongoDatabase db, String collection) {
        long bytes = 0;
        for (RawBsonDocument d : db.getCollection(collection, RawBsonDocument.class).find().batchSize(200)) {
            bytes += d.getByteBuffer().remaining();
        }
        return bytes;
    }

    /** The k slowest checks with the JVM uptime at which each ended and whether it was a copy probe. */
    private static String slowest(long[] latencies, long[] uptimeMillis, List<String> copiedFrom, int k) {
        return java.util.stream.IntStream.range(0, latencies.length).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> latencies[i]).reversed()).limit(k)
                .map(i -> String.format(Locale.ROOT, "%.1f ms (%s, ended at %.3f s uptime)", ms(latencies[i]),
                        copiedFrom.get(i) == null ? "new" : "copy", uptimeMillis[i] / 1e3))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
