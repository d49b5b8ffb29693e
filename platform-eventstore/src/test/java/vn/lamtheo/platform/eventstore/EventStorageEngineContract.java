package vn.lamtheo.platform.eventstore;

import vn.lamtheo.platform.store.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.store.DurabilityBarrier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/**
 * What Lamtheo's event storage engine promises, run against the embedded server and against a real MongoDB.
 * Every test uses a database of its own.
 */
abstract class EventStorageEngineContract {

    private static final AtomicInteger databases = new AtomicInteger();
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    protected abstract MongoClient client();

    protected DurabilityBarrier durability() {
        return DurabilityBarrier.WRITE_CONCERN;
    }

    MongoDatabase database;
    MutableClock clock;
    MongoGlobalSequenceEventStorageEngine engine;
    volatile MongoGlobalSequenceEventStorageEngine.AppendHook hook = MongoGlobalSequenceEventStorageEngine.AppendHook.NONE;

    @BeforeEach
    void createEngine() {
        database = client().getDatabase("contract_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet());
        clock = new MutableClock(START);
        engine = engine(EventStoreSettings.DEFAULTS.withBatchSize(10));
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    MongoGlobalSequenceEventStorageEngine engine(EventStoreSettings settings) {
        return MongoGlobalSequenceEventStorageEngine.builder()
                .database(database)
                .durability(durability())
                .serializeIndexAllocation(true)
                .settings(settings)
                .clock(clock)
                .afterIndexAllocation((first, count) -> hook.run(first, count))
                .snapshotSerializer(SERIALIZER)
                .eventSerializer(SERIALIZER)
                .build();
    }

    static DomainEventMessage<Noted> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Note", aggregateId, sequence, new Noted(aggregateId, sequence, "note " + sequence));
    }

    static DomainEventMessage<Noted> eventAt(String aggregateId, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>("Note", aggregateId, sequence, new Noted(aggregateId, sequence, "note"),
                Map.of(), java.util.UUID.randomUUID().toString(), timestamp);
    }

    List<TrackedEventMessage<?>> poll(TrackingToken token) {
        return new ArrayList<>(engine.readEvents(token, false).toList());
    }

    static TrackingToken lastToken(List<TrackedEventMessage<?>> batch) {
        return batch.get(batch.size() - 1).trackingToken();
    }

    static String aggregateId(TrackedEventMessage<?> message) {
        return ((DomainEventMessage<?>) message).getAggregateIdentifier();
    }

    /** The token's index: the event's global index when the event is not a late one filling a gap. */
    static long index(TrackedEventMessage<?> message) {
        return ((GapAwareTrackingToken) message.trackingToken()).getIndex();
    }

    static List<Long> sequences(DomainEventStream stream) {
        List<Long> sequences = new ArrayList<>();
        stream.forEachRemaining(e -> sequences.add(e.getSequenceNumber()));
        return sequences;
    }

    // --- append and load ---

    @Test
    void appendedEventsLoadBackInOrderWithTheirPayloadAndMetaData() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1).andMetaData(Map.of("actor", "u1")), event("a", 2)));

        List<DomainEventMessage<?>> loaded = new ArrayList<>(engine.readEvents("a").asStream().toList());

        assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(loaded.get(1).getPayload()).isEqualTo(new Noted("a", 1, "note 1"));
        assertThat(loaded.get(1).getMetaData()).containsEntry("actor", "u1");
        assertThat(loaded.get(1).getType()).isEqualTo("Note");
    }

    @Test
    void anAggregateLongerThanOneChunkLoadsCompletely() {
        MongoGlobalSequenceEventStorageEngine chunked = engine(new EventStoreSettings(10, Duration.ofSeconds(60), 10_000, 7));
        chunked.appendEvents(IntStream.range(0, 23).mapToObj(i -> event("long", i)).toList());

        assertThat(sequences(chunked.readEvents("long", 0))).containsExactlyElementsOf(
                IntStream.range(0, 23).mapToObj(i -> (long) i).toList());
        assertThat(sequences(chunked.readEvents("long", 21))).containsExactly(21L, 22L);
        assertThat(sequences(chunked.readEvents("unknown", 0))).isEmpty();
    }

    @Test
    void aConcurrentAppendOfTheSameSequenceIsAConcurrencyConflict() {
        engine.appendEvents(event("a", 0), event("a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(sequences(engine.readEvents("a", 0))).containsExactly(0L, 1L);
    }

    @Test
    void aBatchFailingHalfWayLeavesOnlyGaps() {
        engine.appendEvents(event("b", 0));

        // "a" is new, "b" conflicts: the stored "a" event of the failed batch must not survive.
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("b", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("c", 0));

        assertThat(sequences(engine.readEvents("a", 0))).isEmpty();
        List<TrackedEventMessage<?>> all = poll(null);
        assertThat(all).extracting(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).containsExactly("b", "c");
        assertThat(all).extracting(EventStorageEngineContract::index).containsExactly(1L, 4L);
        assertThat(((GapAwareTrackingToken) lastToken(all)).getGaps()).containsExactly(2L, 3L);
    }

    @Test
    void eventsNotPublishedByAnAggregateAreStoredToo() {
        engine.appendEvents(GenericEventMessage.asEventMessage(new Noted("none", 0, "system")));

        List<TrackedEventMessage<?>> all = poll(null);

        assertThat(all).hasSize(1);
        assertThat(all.get(0).getPayload()).isEqualTo(new Noted("none", 0, "system"));
    }

    // --- snapshots ---

    @Test
    void sourcingStartsAfterTheLatestSnapshot() {
        engine.appendEvents(IntStream.range(0, 5).mapToObj(i -> event("s", i)).toList());
        engine.storeSnapshot(new GenericDomainEventMessage<>("Note", "s", 2, new Noted("s", 2, "state at 2")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Note", "s", 1, new Noted("s", 1, "older state")));
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            List<DomainEventMessage<?>> loaded = new ArrayList<>(store.readEvents("s").asStream().toList());

            assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(2L, 3L, 4L);
            assertThat(loaded.get(0).getPayload()).isEqualTo(new Noted("s", 2, "state at 2"));
            assertThat(engine.readSnapshot("without-snapshot")).isEmpty();
        } finally {
            store.shutDown();
        }
    }

    // --- streaming ---

    @Test
    void streamingDeliversEveryEventInGlobalOrderBatchByBatch() {
        for (int i = 0; i < 25; i++) {
            engine.appendEvents(event("agg-" + (i % 3), i / 3));
        }
        List<Long> indexes = new ArrayList<>();
        TrackingToken token = engine.createTailToken();
        List<TrackedEventMessage<?>> batch;
        while (!(batch = poll(token)).isEmpty()) {
            assertThat(batch).hasSizeLessThanOrEqualTo(10);
            batch.forEach(m -> indexes.add(index(m)));
            token = lastToken(batch);
        }

        assertThat(indexes).containsExactlyElementsOf(IntStream.rangeClosed(1, 25).mapToObj(i -> (long) i).toList());
        assertThat(((GapAwareTrackingToken) token).hasGaps()).isFalse();
    }

    @Test
    void anEventCommittedLateIsDeliveredThroughItsGap() throws Exception {
        SlowWriter slow = slowWriterHoldingIndexOne();
        engine.appendEvents(event("fast", 0));

        List<TrackedEventMessage<?>> first = poll(null);
        assertThat(first).extracting(EventStorageEngineContract::index).containsExactly(2L);
        assertThat(((GapAwareTrackingToken) lastToken(first)).getGaps()).containsExactly(1L);

        slow.finish();
        List<TrackedEventMessage<?>> second = poll(lastToken(first));

        assertThat(second).extracting(EventStorageEngineContract::aggregateId).containsExactly("slow");
        assertThat(((GapAwareTrackingToken) lastToken(second)).getGaps()).isEmpty();
        assertThat(((GapAwareTrackingToken) lastToken(second)).getIndex()).isEqualTo(2L);
    }

    /**
     * A processor stored its token while an event was still being written (a gap), then died; another instance takes
     * the segment over from that token after the gap timeout. The event arrived meanwhile and must still be delivered:
     * a gap is given up only when it is still missing, never merely because it is old.
     */
    @Test
    void aTokenResumedAfterTheGapTimeoutDeliversTheEventThatFilledItsGapMeanwhile() throws Exception {
        SlowWriter slow = slowWriterHoldingIndexOne();
        engine.appendEvents(event("fast", 0));
        TrackingToken stored = lastToken(poll(null));
        assertThat(((GapAwareTrackingToken) stored).getGaps()).containsExactly(1L);
        slow.finish();

        clock.advance(EventStoreSettings.DEFAULTS.gapTimeout().plusSeconds(1));
        List<TrackedEventMessage<?>> resumed = poll(stored);

        assertThat(resumed).extracting(EventStorageEngineContract::aggregateId).containsExactly("slow");
        assertThat(((GapAwareTrackingToken) lastToken(resumed)).hasGaps()).isFalse();
    }

    @Test
    void aGapIsKeptWithinTheTimeoutAndDroppedAfterIt() {
        engine.appendEvents(event("a", 0));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0))).isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0));
        TrackingToken withGap = lastToken(poll(null));
        assertThat(((GapAwareTrackingToken) withGap).getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(30));
        engine.appendEvents(event("c", 0));
        TrackingToken stillWaiting = lastToken(poll(withGap));
        assertThat(((GapAwareTrackingToken) stillWaiting).getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(event("d", 0));
        TrackingToken givenUp = lastToken(poll(stillWaiting));
        assertThat(((GapAwareTrackingToken) givenUp).getGaps()).isEmpty();
        assertThat(((GapAwareTrackingToken) givenUp).getIndex()).isEqualTo(5L);
    }

    @Test
    void aLongRunOfFailedIndexesDoesNotStallTheStream() {
        engine.appendEvents(IntStream.range(0, 30).mapToObj(i -> event("big", i)).toList());
        // 30 indexes allocated and abandoned: three whole empty windows of 10.
        assertThatThrownBy(() -> engine.appendEvents(IntStream.range(0, 30).mapToObj(i -> event("big", i)).toList()))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("after", 0));
        TrackingToken token = engine.createTailToken();
        for (int i = 0; i < 3; i++) {
            token = lastToken(poll(token));
        }

        List<TrackedEventMessage<?>> next = poll(token);

        assertThat(next).extracting(EventStorageEngineContract::index).containsExactly(61L);
    }

    // --- tokens ---

    @Test
    void tailHeadAndAtTokens() {
        for (int i = 0; i < 10; i++) {
            engine.appendEvents(eventAt("t", i, START.plusSeconds(i * 10L)));
        }

        assertThat(poll(engine.createTailToken())).hasSize(10);
        TrackingToken head = engine.createHeadToken();
        assertThat(poll(head)).isEmpty();
        assertThat(poll(engine.createTokenAt(START.plusSeconds(45))))
                .extracting(m -> ((DomainEventMessage<?>) m).getSequenceNumber()).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(poll(engine.createTokenAt(START.minusSeconds(1)))).hasSize(10);
        assertThat(poll(engine.createTokenAt(START.plusSeconds(1000)))).isEmpty();

        engine.appendEvents(event("t", 10));
        assertThat(poll(head)).extracting(EventStorageEngineContract::index).containsExactly(11L);
    }

    @Test
    void theHeadTokenWaitsForAnEventStillBeingWritten() throws Exception {
        engine.appendEvents(event("a", 0));
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        hook = (first, count) -> {
            if (first == 2) {
                allocated.countDown();
                awaitRelease(release);
            }
        };
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(event("slow", 0)));
        assertThat(allocated.await(30, TimeUnit.SECONDS)).isTrue();
        engine.appendEvents(event("fast", 0));

        TrackingToken head = engine.createHeadToken();
        release.countDown();
        slowWriter.get(30, TimeUnit.SECONDS);

        assertThat(poll(head)).extracting(EventStorageEngineContract::aggregateId).containsExactly("slow");
    }

    // --- replay through a real processor ---

    @Test
    void aResetReplaysEverythingMarkedAsReplay() {
        for (int i = 0; i < 40; i++) {
            engine.appendEvents(event("r-" + (i % 4), i / 4));
        }
        RecordingHandler handler = new RecordingHandler();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .eventProcessing(processing -> processing
                        .usingPooledStreamingEventProcessors()
                        .byDefaultAssignTo("contract")
                        .registerEventHandler(c -> handler)
                        .registerTokenStore(c -> MongoTokenStore.builder()
                                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                                .serializer(SERIALIZER).build()))
                .buildConfiguration();
        axon.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> handler.seen.size() == 40);
            List<String> firstPass = List.copyOf(handler.seen);
            handler.seen.clear();
            handler.replayed.clear();
            PooledStreamingEventProcessor processor = axon.eventProcessingConfiguration()
                    .eventProcessor("contract", PooledStreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> handler.seen.size() == 40);

            assertThat(handler.resets).hasValue(1);
            assertThat(handler.replayed).containsExactlyInAnyOrderElementsOf(firstPass);
            assertThat(handler.seen).containsExactlyInAnyOrderElementsOf(firstPass).doesNotHaveDuplicates();
        } finally {
            axon.shutdown();
        }
    }

    static final class RecordingHandler {
        final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> replayed = new ConcurrentLinkedQueue<>();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(Noted noted, ReplayStatus status) {
            // Axon marks a new processor's first pass from the tail as a replay too, so only the reset pass is checked.
            String id = noted.aggregateId() + "#" + noted.sequence();
            seen.add(id);
            if (status.isReplay()) {
                replayed.add(id);
            }
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
        }
    }

    /** Starts a writer of aggregate "slow" that takes index 1 and waits, before inserting, until it is finished. */
    private SlowWriter slowWriterHoldingIndexOne() throws InterruptedException {
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        hook = (first, count) -> {
            if (first == 1) {
                allocated.countDown();
                awaitRelease(release);
            }
        };
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> engine.appendEvents(event("slow", 0)));
        assertThat(allocated.await(30, TimeUnit.SECONDS)).isTrue();
        return new SlowWriter(release, writing);
    }

    private record SlowWriter(CountDownLatch release, CompletableFuture<Void> writing) {
        /** Lets the writer insert its event and waits until it has. */
        void finish() throws Exception {
            release.countDown();
            writing.get(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
