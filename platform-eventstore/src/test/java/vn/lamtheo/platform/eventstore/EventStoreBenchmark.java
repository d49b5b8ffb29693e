package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import vn.lamtheo.platform.store.DurabilityBarrier;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;

/**
 * Side-by-side figures on the embedded server: Lamtheo's engine, the extension's stock MongoEventStorageEngine, and
 * the raw driver insertOne as the physical limit. Not a test: run it with bench/eventstore.sh.
 *
 * <p>Stores are seeded to their size with bulk inserts of the documents each engine itself writes (Lamtheo: the
 * same fields through {@link EventDocument}; stock: through its own appendEvents in batches of 1,000), then each
 * figure is measured on top. Appends go through the engine's public appendEvents, one event per call, as a command
 * would; durable appends end with the same fsync the application waits for.
 */
public final class EventStoreBenchmark {

    static final int EVENTS_PER_AGGREGATE = 20;
    static final int APPENDS = Integer.getInteger("bench.appends", 2_000);
    /** Alternating rounds of Lamtheo's and the raw driver's appends (see appendsBesideRaw). */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final int LOADS = 200;
    /** Alternating rounds of the smallest store and each larger one (see costBesideSmallest). */
    static final int SIZE_ROUNDS = Integer.getInteger("bench.sizeRounds", 9);
    static final int POLLS = 50;
    static final long STOCK_MAX_SIZE = Long.getLong("bench.stockMaxSize", 100_000);
    static final Duration STREAM_CAP = Duration.ofSeconds(Long.getLong("bench.streamCapSeconds", 60));
    /** Indexes per poll of Lamtheo's engine (the application's lamtheo.eventstore.batch-size). */
    static final int BATCH_SIZE = Integer.getInteger("bench.batchSize", EventStoreSettings.DEFAULTS.batchSize());
    static final Duration MEASURE_CAP = Duration.ofSeconds(Long.getLong("bench.measureCapSeconds", 30));
    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    static final long WARM_UP_SIZE = 2_000;

    private final Map<String, Map<String, String>> table = new LinkedHashMap<>();
    private boolean recording = true;

    public static void main(String[] args) throws Exception {
        List<Long> sizes = args.length == 0 ? List.of(10_000L, 100_000L, 1_000_000L)
                : Stream.of(args[0].split(",")).map(Long::parseLong).toList();
        Path dir = Files.createTempDirectory("lamtheo-bench");
        EventStoreBenchmark bench = new EventStoreBenchmark();
        long started = System.nanoTime();
        // A small store first, measured and not reported: the first stage would otherwise pay the JIT's warm-up,
        // which flatters the ratio of the larger stores to it.
        bench.recording = false;
        bench.runSize(dir.resolve("warm-up"), WARM_UP_SIZE).close();
        bench.recording = true;
        List<OpenStore> stores = new ArrayList<>();
        try {
            for (long size : sizes) {
                stores.add(bench.runSize(dir.resolve("size-" + size), size));
            }
            bench.costBesideSmallest(stores);
        } finally {
            stores.forEach(OpenStore::close);
        }
        bench.print(Duration.ofNanos(System.nanoTime() - started));
        deleteQuietly(dir);
    }

    /** A measured store kept open for {@link #costBesideSmallest}. */
    private record OpenStore(long size, EmbeddedMongo server, MongoClient client,
                             MongoGlobalSequenceEventStorageEngine engine) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            server.close();
        }
    }

    private OpenStore runSize(Path dataDir, long size) throws Exception {
        log("== %,d events", size);
        EmbeddedMongo server = EmbeddedMongo.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.connectionString());
        try {
            MongoGlobalSequenceEventStorageEngine lamtheo = lamtheo(client.getDatabase("lamtheo"), server, size);
            if (size <= STOCK_MAX_SIZE) {
                stock(client.getDatabase("stock"), server, size);
            } else {
                skipStock(size);
            }
            appendsBesideRaw(size, lamtheo, client.getDatabase("raw"), server);
            return new OpenStore(size, server, client, lamtheo);
        } catch (Exception | Error e) {
            client.close();
            server.close();
            throw e;
        }
    }

    /**
     * The targets compare the cost of a load and of a poll on a large store with the same on the smallest one, but
     * this machine's speed drifts by 2× between stages measured minutes apart. So, with every store still open, the
     * smallest and each larger one take turns, {@value #SIZE_ROUNDS} rounds, and the ratio is the median of the
     * per-round ratios.
     */
    private void costBesideSmallest(List<OpenStore> stores) {
        OpenStore smallest = stores.get(0);
        for (OpenStore larger : stores.subList(1, stores.size())) {
            List<Double> loadRatios = new ArrayList<>();
            List<Double> pollRatios = new ArrayList<>();
            for (int round = 0; round < SIZE_ROUNDS; round++) {
                double smallLoad = loadMillis(smallest, round);
                double largeLoad = loadMillis(larger, round);
                double smallPoll = pollMillis(smallest, round);
                double largePoll = pollMillis(larger, round);
                loadRatios.add(largeLoad / smallLoad);
                pollRatios.add(largePoll / smallPoll);
                log("%s beside %s, round %d: load %s / %s ms, poll %s / %s ms", label(larger.size()),
                        label(smallest.size()), round + 1, fmt(largeLoad), fmt(smallLoad), fmt(largePoll), fmt(smallPoll));
            }
            String rounds = " (median of " + SIZE_ROUNDS + " alternating rounds)";
            record(larger.size(), "aggregate load ÷ load at " + label(smallest.size()) + rounds, "lamtheo",
                    String.format(Locale.ROOT, "%.2f×", median(loadRatios)));
            record(larger.size(), "poll of 100 at a random position ÷ the same at " + label(smallest.size()) + rounds,
                    "lamtheo", String.format(Locale.ROOT, "%.2f×", median(pollRatios)));
        }
    }

    private static double loadMillis(OpenStore store, int round) {
        Random random = new Random(100 + round);
        long aggregates = store.size() / EVENTS_PER_AGGREGATE;
        return millisPer(LOADS / 4, () -> store.engine().readEvents("agg-" + random.nextLong(aggregates)).asStream().count());
    }

    private static double pollMillis(OpenStore store, int round) {
        Random random = new Random(200 + round);
        return millisPer(POLLS, () -> store.engine()
                .readEvents(GapAwareTrackingToken.newInstance(1 + random.nextLong(store.size() - 200), List.of()), false)
                .limit(100).count());
    }

    // --- Lamtheo ---

    private MongoGlobalSequenceEventStorageEngine lamtheo(MongoDatabase database, DurabilityBarrier durability, long size) {
        String engine = "lamtheo";
        MongoGlobalSequenceEventStorageEngine store = MongoGlobalSequenceEventStorageEngine.builder()
                .database(database).durability(durability).serializeIndexAllocation(true)
                .settings(EventStoreSettings.DEFAULTS.withBatchSize(BATCH_SIZE))
                .snapshotSerializer(SERIALIZER).eventSerializer(SERIALIZER).build();
        seedLamtheo(database, size);

        loads(engine, size, store);
        streaming(engine, size, store, store.createTailToken());
        rawScan(size, database.getCollection(EventStoreCollections.EVENTS));
        pollCost(engine, size, store, i -> GapAwareTrackingToken.newInstance(i, List.of()));
        TrackingToken head = store.createHeadToken();
        record(size, "poll at head, no new events (ms)", engine,
                millisPer(POLLS, () -> store.readEvents(head, false).count()));
        return store;
    }

    private void seedLamtheo(MongoDatabase database, long size) {
        long started = System.nanoTime();
        MongoCollection<Document> events = database.getCollection(EventStoreCollections.EVENTS);
        List<Document> batch = new ArrayList<>(1_000);
        for (long i = 1; i <= size; i++) {
            DomainEventMessage<?> event = seedEvent(i);
            batch.add(EventDocument.content(event, SERIALIZER)
                    .append(EventDocument.KEY, EventDocument.key(event.getAggregateIdentifier(), event.getSequenceNumber()))
                    .append(EventDocument.ID, i).append(EventDocument.STORED_AT, BASE.toEpochMilli()));
            if (batch.size() == 1_000 || i == size) {
                events.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        database.getCollection(EventStoreCollections.COUNTERS).replaceOne(eq("_id", EventStoreCollections.GLOBAL_INDEX_COUNTER),
                new Document("_id", EventStoreCollections.GLOBAL_INDEX_COUNTER).append("value", size), new ReplaceOptions().upsert(true));
        log("lamtheo seeded in %s", Duration.ofNanos(System.nanoTime() - started));
    }

    // --- stock MongoEventStorageEngine ---

    private void stock(MongoDatabase database, DurabilityBarrier durability, long size) throws Exception {
        String engine = "stock";
        MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .snapshotSerializer(SERIALIZER).eventSerializer(SERIALIZER).build();
        try {
            store.ensureIndexes();
        } catch (RuntimeException e) {
            log("stock ensureIndexes failed on the embedded server (%s); continuing without", e.getClass().getSimpleName());
        }
        long started = System.nanoTime();
        List<DomainEventMessage<?>> batch = new ArrayList<>(1_000);
        for (long i = 1; i <= size; i++) {
            batch.add(seedEvent(i));
            if (batch.size() == 1_000 || i == size) {
                store.appendEvents(batch);
                batch.clear();
            }
        }
        log("stock seeded in %s", Duration.ofNanos(System.nanoTime() - started));
        EventStorageEngine durable = new DurableAppends(store, durability);
        appends(engine, size, durable, "bench-s");
        loads(engine, size, store);
        streaming(engine, size, store, null);
        pollCost(engine, size, store, i -> store.createTokenAt(BASE.plusMillis(i)));
        TrackingToken head = store.createHeadToken();
        record(size, "poll at head, no new events (ms)", engine,
                millisPer(POLLS, () -> store.readEvents(head, false).limit(100).count()));
    }

    private void skipStock(long size) {
        String reason = "skipped: >" + STOCK_MAX_SIZE / 1000 + "k";
        for (String metric : List.of("append events/s, 1 writer", "append events/s, 4 writers", "aggregate load (ms, 20 events)",
                "replay events/s", "one poll of 100 (ms)", "poll at head, no new events (ms)")) {
            record(size, metric, "stock", reason);
        }
    }

    // --- Lamtheo's appends beside the raw driver ---

    /**
     * The append target is a ratio to the raw insert rate, and this machine's speed drifts by 2× within minutes.
     * So Lamtheo and the raw driver take turns, {@value #ROUNDS} rounds each, and the figures are the medians:
     * of each rate, and of the ratio within each round (the two measured a few seconds apart).
     */
    private void appendsBesideRaw(long size, MongoGlobalSequenceEventStorageEngine lamtheo, MongoDatabase rawDatabase,
                                  DurabilityBarrier durability) throws Exception {
        MongoCollection<Document> raw = rawDatabase.getCollection("raw");
        AtomicLong ids = new AtomicLong();
        Document template = EventDocument.content(seedEvent(1), SERIALIZER);
        for (int writers : new int[]{1, 4}) {
            List<Double> lamtheoRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                String run = "bench-l-" + writers + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
                double ours = throughput(writers, APPENDS, i -> lamtheo.appendEvents(
                        new GenericDomainEventMessage<>("Note", run + i, 0, new Noted(run + i, 0, "bench"))));
                double physical = throughput(writers, APPENDS, i -> {
                    raw.insertOne(new Document(template).append("_id", ids.incrementAndGet()));
                    durability.awaitDurable();
                });
                lamtheoRates.add(ours);
                rawRates.add(physical);
                ratios.add(ours / physical);
                log("%s append round %d, %d writer(s): lamtheo %s, raw %s", label(size), round + 1, writers, fmt(ours), fmt(physical));
            }
            String metric = "append events/s, " + writers + (writers == 1 ? " writer" : " writers");
            record(size, metric, "lamtheo", fmt(median(lamtheoRates)));
            record(size, metric, "raw insertOne", fmt(median(rawRates)));
            record(size, "append lamtheo ÷ raw, " + writers + (writers == 1 ? " writer" : " writers")
                    + " (median of " + ROUNDS + " rounds)", "lamtheo", String.format(Locale.ROOT, "%.0f%%", 100 * median(ratios)));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // --- measurements shared by the engines ---

    private void appends(String engine, long size, EventStorageEngine store, String prefix) throws Exception {
        for (int writers : new int[]{1, 4}) {
            String run = prefix + "-" + writers + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
            double rate = throughput(writers, APPENDS, i -> store.appendEvents(
                    new GenericDomainEventMessage<>("Note", run + i, 0, new Noted(run + i, 0, "bench"))));
            record(size, "append events/s, " + writers + (writers == 1 ? " writer" : " writers"), engine, fmt(rate));
        }
    }

    private void loads(String engine, long size, EventStorageEngine store) {
        Random random = new Random(1);
        long aggregates = size / EVENTS_PER_AGGREGATE;
        double ms = millisPer(LOADS, () -> {
            long loaded = store.readEvents("agg-" + random.nextLong(aggregates)).asStream().count();
            if (loaded != EVENTS_PER_AGGREGATE) {
                throw new IllegalStateException("loaded " + loaded + " events");
            }
        });
        record(size, "aggregate load (ms, 20 events)", engine, fmt(ms));
    }

    private void streaming(String engine, long size, EventStorageEngine store, TrackingToken tail) {
        long started = System.nanoTime();
        long deadline = started + STREAM_CAP.toNanos();
        long read = 0;
        TrackingToken token = tail;
        while (read < size && System.nanoTime() < deadline) {
            List<TrackingToken> tokens = store.readEvents(token, false).limit(1_000).map(m -> m.trackingToken()).toList();
            if (tokens.isEmpty()) {
                break;
            }
            read += tokens.size();
            token = tokens.get(tokens.size() - 1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String figure = fmt(read / seconds) + (read < size ? " (capped: " + String.format(Locale.ROOT, "%,d", read) + " read in " + STREAM_CAP.toSeconds() + " s)" : "");
        record(size, "replay events/s", engine, figure);
    }

    /**
     * The physical limit of a replay on this server: one cursor over the whole events collection, documents decoded
     * by the driver and nothing else (no tokens, no Axon), capped like the replays.
     */
    private void rawScan(long size, MongoCollection<Document> events) {
        long started = System.nanoTime();
        long deadline = started + STREAM_CAP.toNanos();
        long read = 0;
        try (var cursor = events.find().batchSize(1_000).iterator()) {
            while (cursor.hasNext() && System.nanoTime() < deadline) {
                cursor.next();
                read++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        record(size, "replay events/s", "raw insertOne", fmt(read / seconds) + " (one cursor over the collection)"
                + (read < size ? " (capped: " + String.format(Locale.ROOT, "%,d", read) + " read)" : ""));
    }

    private void pollCost(String engine, long size, EventStorageEngine store, java.util.function.LongFunction<TrackingToken> tokenAt) {
        Random random = new Random(2);
        double ms = millisPer(POLLS, () -> {
            TrackingToken token = tokenAt.apply(1 + random.nextLong(size - 200));
            long count = store.readEvents(token, false).limit(100).count();
            if (count == 0) {
                throw new IllegalStateException("empty poll");
            }
        });
        record(size, "one poll of 100 (ms)", engine, fmt(ms));
    }

    // --- helpers ---

    static DomainEventMessage<?> seedEvent(long globalIndex) {
        long n = globalIndex - 1;
        String aggregate = "agg-" + (n / EVENTS_PER_AGGREGATE);
        long sequence = n % EVENTS_PER_AGGREGATE;
        return new GenericDomainEventMessage<>("Note", aggregate, sequence,
                new Noted(aggregate, sequence, "a pledge-sized note " + "x".repeat(200)),
                Map.of(), UUID.randomUUID().toString(), BASE.plusMillis(globalIndex));
    }

    /**
     * Operations per second with {@code writers} threads. The first tenth of the operations is run beforehand and not
     * counted: the engine measured first would otherwise pay the JIT's warm-up that the later ones do not.
     */
    private static double throughput(int writers, int total, LongConsumer work) throws Exception {
        int warmUp = Math.max(1, total / 10);
        for (long i = 0; i < warmUp; i++) {
            work.accept(-1 - i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    work.accept(i);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * Mean time of one run of the work, over {@code times} runs or as many as fit in {@link #MEASURE_CAP} (at least
     * three): the stock engine's scans take seconds each at 100k, and the mean of a few is as telling as of fifty.
     */
    private static double millisPer(int times, Runnable work) {
        work.run(); // warm-up
        long started = System.nanoTime();
        long deadline = started + MEASURE_CAP.toNanos();
        int runs = 0;
        while (runs < times && (runs < 3 || System.nanoTime() < deadline)) {
            work.run();
            runs++;
        }
        return (System.nanoTime() - started) / 1e6 / runs;
    }

    private void record(long size, String metric, String engine, String value) {
        if (!recording) {
            return;
        }
        table.computeIfAbsent(String.format(Locale.ROOT, "%9s | %s", label(size), metric), k -> new LinkedHashMap<>()).put(engine, value);
        log("%s %s %s: %s", label(size), engine, metric, value);
    }

    private void record(long size, String metric, String engine, double value) {
        record(size, metric, engine, fmt(value));
    }

    private static String label(long size) {
        return size >= 1_000_000 ? size / 1_000_000 + "M" : size / 1_000 + "k";
    }

    private static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private void print(Duration total) {
        List<String> engines = List.of("lamtheo", "stock", "raw insertOne");
        StringBuilder out = new StringBuilder("\n| size | metric | " + String.join(" | ", engines) + " |\n|---|---|---|---|---|\n");
        table.forEach((row, values) -> {
            String[] parts = row.split(" \\| ", 2);
            out.append("| ").append(parts[0].trim()).append(" | ").append(parts[1]);
            engines.forEach(e -> out.append(" | ").append(values.getOrDefault(e, "–")));
            out.append(" |\n");
        });
        out.append("\nTotal bench time: ").append(total.toSeconds()).append(" s\n");
        System.out.println(out);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The stock engine has no durability barrier: give it the same fsync after each append as Lamtheo's. */
    private record DurableAppends(MongoEventStorageEngine store, DurabilityBarrier durability) implements EventStorageEngine {
        @Override
        public void appendEvents(List<? extends org.axonframework.eventhandling.EventMessage<?>> events) {
            store.appendEvents(events);
            durability.awaitDurable();
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            store.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends org.axonframework.eventhandling.TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            return store.readEvents(token, mayBlock);
        }

        @Override
        public org.axonframework.eventsourcing.eventstore.DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return store.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public java.util.Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return store.readSnapshot(aggregateIdentifier);
        }
    }
}
