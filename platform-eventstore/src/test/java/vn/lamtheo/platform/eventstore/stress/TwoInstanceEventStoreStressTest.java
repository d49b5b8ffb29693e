package vn.lamtheo.platform.eventstore.stress;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lamtheo.platform.eventstore.MongoGlobalSequenceEventStorageEngine;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application contexts in one JVM against one MongoDB (the embedded server), 8 writer threads across them,
 * {@value #DEFAULT_COMMANDS} commands on {@value #DEFAULT_AGGREGATES} aggregates (the scale; about 2.5 minutes
 * on a quiet 2-core machine), with random stalls between index allocation and insert. The scale can be changed with
 * -Dlamtheo.stress.commands / -Dlamtheo.stress.aggregates. The steps share the two instances and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Tag("stress") // in the default build; -Dlamtheo.excludedGroups=stress leaves it out
class TwoInstanceEventStoreStressTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstanceEventStoreStressTest.class);
    static final int DEFAULT_COMMANDS = 20_000;
    static final int DEFAULT_AGGREGATES = 2_000;
    static final int WRITERS = 8;
    static final int SEGMENTS = 8;
    /**
     * How long nothing may move before a wait is declared stalled: a takeover waits out one claim timeout and the
     * departed instance's heartbeat (as long again), a gap one gap timeout; three claim timeouts cover them all.
     */
    static final Duration STALL = LedgerInstance.CLAIM_TIMEOUT.multipliedBy(3);
    /** Segments change hands within a claim timeout of a start or a death, plus the heartbeat's own expiry. */
    static final Duration CLAIMS_SETTLE = LedgerInstance.CLAIM_TIMEOUT.multipliedBy(4);
    static final Duration WRITERS_PATIENCE = Duration.ofMinutes(20);

    final int commands = Integer.getInteger("lamtheo.stress.commands", DEFAULT_COMMANDS);
    final int aggregates = Integer.getInteger("lamtheo.stress.aggregates", DEFAULT_AGGREGATES);

    EmbeddedMongo server;
    MongoClient client;
    MongoDatabase database;
    LedgerInstance a;
    LedgerInstance b;
    final AtomicInteger conflicts = new AtomicInteger();
    StressReport report;
    /** How long the first step's writers took: the yardstick of every later wait for the projection. */
    Duration firstLoad;

    @BeforeAll
    void startTwoInstancesSplittingTheSegments(@TempDir Path dataDir) {
        server = EmbeddedMongo.start(dataDir, 0);
        String uri = server.connectionString() + "/stress?serverSelectionTimeoutMS=3000";
        client = MongoClients.create(uri);
        database = client.getDatabase("stress");
        a = LedgerInstance.start("a", uri, SEGMENTS);
        report = new StressReport(database, List.of(a));
        awaitClaims("a claims every segment", () -> a.claimedSegments() == SEGMENTS);
        // The second instance gets its fair share: the first gives up half of its segments by itself.
        b = LedgerInstance.start("b", uri, SEGMENTS);
        report = new StressReport(database, List.of(a, b));
        awaitClaims("a and b hold half the segments each", this::segmentsSplitEvenly);
    }

    @AfterAll
    void stopEverything() {
        if (b != null) b.stop();
        if (a != null) a.stop();
        if (client != null) client.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void everyEventReachesExactlyOneInstanceOnceInPerAggregateOrder() throws Exception {
        List<Object> opens = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            opens.add(new Ledger.OpenLedger(ledger(i)));
        }
        Random random = new Random(42);
        List<Object> posts = new ArrayList<>();
        Map<String, Integer> expectedLastSeq = new HashMap<>();
        opens.forEach(o -> expectedLastSeq.put(((Ledger.OpenLedger) o).id(), 0));
        for (int i = aggregates; i < commands; i++) {
            String id = ledger(random.nextInt(aggregates));
            posts.add(new Ledger.Post(id, random.nextInt(1000)));
            expectedLastSeq.merge(id, 1, Integer::sum);
        }
        long start = System.nanoTime();
        runWriters(opens, List.of(a, b), new AtomicBoolean());
        runWriters(posts, List.of(a, b), new AtomicBoolean());
        firstLoad = Duration.ofNanos(System.nanoTime() - start);
        log.info("{} commands stored in {} s; {} concurrency conflicts retried", commands, firstLoad.toSeconds(),
                conflicts.get());

        awaitProjection("every command delivered", () -> a.view().deliveries.size() + b.view().deliveries.size() >= commands,
                firstLoad, report::processors);
        Set<String> seenByA = a.view().deliveries.keySet();
        Set<String> seenByB = b.view().deliveries.keySet();
        assertThat(Collections.disjoint(seenByA, seenByB)).as("no event reached both instances").isTrue();
        assertThat(seenByA.size() + seenByB.size()).isEqualTo(commands);
        assertThat(seenByA).as("instance a handled its segments").isNotEmpty();
        assertThat(seenByB).as("instance b handled its segments").isNotEmpty();
        assertThat(a.view().deliveries.values()).allMatch(count -> count.get() == 1);
        assertThat(b.view().deliveries.values()).allMatch(count -> count.get() == 1);
        assertThat(a.view().outOfOrder).isEmpty();
        assertThat(b.view().outOfOrder).isEmpty();
        Map<String, Integer> projected = new HashMap<>();
        database.getCollection(LedgerView.COLLECTION).find()
                .forEach(d -> projected.put(d.getString("_id"), d.getLong("lastSeq").intValue()));
        assertThat(projected).isEqualTo(expectedLastSeq);
    }

    @Test
    @Order(2)
    void noGapIsLeftInAnyTokenAfterTheGapTimeout() {
        AtomicInteger marker = new AtomicInteger();
        // Tokens drop timed-out gaps when they next read; new events keep them reading.
        ProgressWait.until("no gaps left in any token", () -> {
            b.commands().sendAndWait(new Ledger.Post(ledger(marker.getAndIncrement() % aggregates), 0));
            return a.tokens().stream().noneMatch(t -> t.hasGaps()) && b.tokens().stream().noneMatch(t -> t.hasGaps());
        }, marker::get, STALL, STALL, report::processors);
        assertThat(a.tokens().size() + b.tokens().size()).isEqualTo(SEGMENTS);
    }

    @Test
    @Order(3)
    void aResetReplaysTheSameProjectionByteForByte() {
        // The last posts of the step before may still be on their way: take the projection once it holds everything.
        List<TrackedEventMessage<?>> stored = storedEvents();
        awaitChains("projection before the reset", stored, firstLoad);
        byte[] before = projectionBytes();
        long eventCount = stored.size();
        a.processor().shutDown();
        b.processor().shutDown();
        a.view().deliveries.clear();
        b.view().deliveries.clear();
        a.view().trail.clear();
        b.view().trail.clear();

        a.processor().resetTokens();
        assertThat(database.getCollection(LedgerView.COLLECTION).countDocuments()).isZero();
        // Both instances replay, splitting the segments again while they do.
        a.processor().start();
        b.processor().start();
        awaitProjection("every event replayed", () -> deliveredEventIds().size() == eventCount, firstLoad,
                () -> report.chainDifferences(stored, chainsOf(stored)));
        awaitChains("projection after the replay", stored, firstLoad);

        assertThat(projectionBytes()).isEqualTo(before);
        assertThat(a.view().outOfOrder).isEmpty();
        assertThat(b.view().outOfOrder).isEmpty();
    }

    @Test
    @Order(4)
    void killingOneInstanceMidLoadLosesNothing() throws Exception {
        awaitClaims("a and b hold half the segments each", this::segmentsSplitEvenly);
        Set<Integer> segmentsOfA = new HashSet<>(a.processor().processingStatus().keySet());
        a.view().deliveries.clear();
        b.view().deliveries.clear();
        Random random = new Random(7);
        List<Object> posts = new ArrayList<>();
        for (int i = 0; i < commands / 4; i++) {
            posts.add(new Ledger.Post(ledger(random.nextInt(aggregates)), random.nextInt(1000)));
        }
        AtomicBoolean aDead = new AtomicBoolean();
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> kill = killer.submit(() -> {
            await().atMost(WRITERS_PATIENCE).until(() -> b.view().deliveries.size() + a.view().deliveries.size() > commands / 12);
            aDead.set(true);
            a.kill();
            log.info("Instance a killed while it held segments {}", segmentsOfA);
        });
        long start = System.nanoTime();
        runWriters(posts, List.of(a, b), aDead);
        try {
            kill.get(WRITERS_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            killer.shutdownNow();
        }
        Duration load = Duration.ofNanos(System.nanoTime() - start);

        awaitClaims("b takes over every segment", () -> b.claimedSegments() == SEGMENTS);
        List<TrackedEventMessage<?>> stored = storedEvents();
        awaitChains("projection after the takeover", stored, load);

        assertThat(b.view().outOfOrder).isEmpty();
        assertThat(a.view().outOfOrder).isEmpty();
        assertThat(projectedChains()).isEqualTo(chainsOf(stored));
    }

    // --- helpers ---

    private boolean segmentsSplitEvenly() {
        return a.claimedSegments() == SEGMENTS / 2 && b.claimedSegments() == SEGMENTS / 2;
    }

    private void awaitClaims(String what, java.util.function.BooleanSupplier done) {
        ProgressWait.until(what, done, () -> "claims", CLAIMS_SETTLE, CLAIMS_SETTLE, report::processors);
    }

    /**
     * Waits while the processors deliver; bounded by the work: the projection kept up with writers that took
     * {@code load}, so the rest of it (a takeover included) takes no more than that again, plus the claim timeouts.
     */
    private void awaitProjection(String what, java.util.function.BooleanSupplier done, Duration load,
                                 java.util.function.Supplier<String> whatDiffers) {
        Duration bound = load.multipliedBy(2).plus(CLAIMS_SETTLE).plus(STALL);
        ProgressWait.until(what, done, this::deliveriesSoFar, STALL, bound, whatDiffers);
    }

    private void awaitChains(String what, List<TrackedEventMessage<?>> stored, Duration load) {
        Map<String, String> expected = chainsOf(stored);
        awaitProjection(what, () -> projectedChains().equals(expected), load,
                () -> report.chainDifferences(stored, expected));
    }

    /** Every delivery so far, redeliveries included: it stops growing only when no processor moves. */
    private long deliveriesSoFar() {
        return deliveriesOf(a) + deliveriesOf(b);
    }

    private static long deliveriesOf(LedgerInstance instance) {
        return instance.view().deliveries.values().stream().mapToLong(AtomicInteger::get).sum();
    }

    static String ledger(int i) {
        return "ledger-" + i;
    }

    private void runWriters(List<Object> work, List<LedgerInstance> instances, AtomicBoolean firstInstanceDead) throws Exception {
        ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>(work);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int instance = w % instances.size();
            running.add(writers.submit(() -> {
                Object command;
                while ((command = queue.poll()) != null) {
                    boolean dead = instance == 0 && firstInstanceDead.get();
                    if (dead) {
                        queue.add(command); // its instance is gone: leave the command to the survivors
                        return null;
                    }
                    send(instances.get(instance).commands(), command, instance == 0 ? firstInstanceDead : new AtomicBoolean());
                }
                return null;
            }));
        }
        try {
            for (Future<?> writer : running) {
                writer.get(WRITERS_PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private void send(CommandGateway gateway, Object command, AtomicBoolean instanceDead) {
        while (true) {
            try {
                gateway.sendAndWait(command);
                return;
            } catch (RuntimeException e) {
                if (instanceDead.get()) {
                    return; // died with its instance; whatever it stored is checked against the store
                }
                if (!isConflict(e)) {
                    throw e;
                }
                conflicts.incrementAndGet();
            }
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private Set<String> deliveredEventIds() {
        Set<String> ids = new HashSet<>(a.view().deliveries.keySet());
        ids.addAll(b.view().deliveries.keySet());
        return ids;
    }

    private byte[] projectionBytes() {
        StringBuilder dump = new StringBuilder();
        database.getCollection(LedgerView.COLLECTION).find().sort(Sorts.ascending("_id"))
                .forEach(d -> dump.append(d.toJson()).append('\n'));
        return dump.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The hash chain per ledger that a projection applying these events in per-ledger order must hold. */
    private static Map<String, String> chainsOf(List<TrackedEventMessage<?>> stored) {
        Map<String, String> chains = new HashMap<>();
        for (TrackedEventMessage<?> event : stored) {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            String content = domain.getPayload() instanceof Ledger.Posted posted ? "posted " + posted.amount() : "opened";
            String link = domain.getSequenceNumber() + ":" + content;
            chains.merge(domain.getAggregateIdentifier(), LedgerView.chain("", link),
                    (previous, ignored) -> LedgerView.chain(previous, link));
        }
        return chains;
    }

    private Map<String, String> projectedChains() {
        Map<String, String> chains = new HashMap<>();
        database.getCollection(LedgerView.COLLECTION).find().forEach(d -> chains.put(d.getString("_id"), d.getString("chain")));
        return chains;
    }

    /** Everything in the store, read with a fresh engine from the tail: the truth the projections must match. */
    private List<TrackedEventMessage<?>> storedEvents() {
        MongoGlobalSequenceEventStorageEngine reader = MongoGlobalSequenceEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .build();
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        TrackingToken token = reader.createTailToken();
        List<TrackedEventMessage<?>> batch;
        while (!(batch = new ArrayList<>(reader.readEvents(token, false).toList())).isEmpty()) {
            all.addAll(batch);
            token = batch.get(batch.size() - 1).trackingToken();
        }
        return all;
    }
}
