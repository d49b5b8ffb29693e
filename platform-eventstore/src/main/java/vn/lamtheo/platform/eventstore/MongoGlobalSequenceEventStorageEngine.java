package vn.lamtheo.platform.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lamtheo.platform.store.DurabilityBarrier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.in;

/**
 * Axon's {@code EventStorageEngine} on MongoDB with a global sequence: every event is a document whose {@code _id}
 * is its global index, handed out by a counter. Streaming uses Axon's {@link GapAwareTrackingToken}, so an event
 * that becomes visible late (its writer was slow between allocation and insert) is still delivered. Every read is
 * an exact {@code $in} on {@code _id} or on the unique {@code key}, so its cost does not grow with the store,
 * on the embedded server or on a real MongoDB.
 *
 * <p>Appends are acknowledged only after {@link DurabilityBarrier#awaitDurable()}: Axon appends in the unit of
 * work's prepare-commit phase, so a command is answered only once its events are on disk.
 */
public class MongoGlobalSequenceEventStorageEngine extends AbstractEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoGlobalSequenceEventStorageEngine.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ALLOCATION_ATTEMPTS = 10;

    private final MongoCollection<Document> events;
    private final GlobalIndexCounter counter;
    private final TrackedBatchReader trackedReader;
    private final AggregateStreamReader aggregateReader;
    private final SnapshotStore snapshots;
    private final DurabilityBarrier durability;
    private final EventStoreSettings settings;
    private final Clock clock;
    private final AppendHook afterIndexAllocation;

    protected MongoGlobalSequenceEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.events = database.getCollection(EventStoreCollections.EVENTS);
        this.counter = new GlobalIndexCounter(database.getCollection(EventStoreCollections.COUNTERS),
                EventStoreCollections.GLOBAL_INDEX_COUNTER, builder.serializeIndexAllocation);
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.trackedReader = new TrackedBatchReader(events, counter, settings.batchSize(), settings.maxGapOffset(),
                settings.gapTimeout(), clock);
        this.aggregateReader = new AggregateStreamReader(events, settings.aggregateChunkSize());
        this.snapshots = new SnapshotStore(database.getCollection(EventStoreCollections.SNAPSHOTS));
        this.durability = builder.durability;
        this.afterIndexAllocation = builder.afterIndexAllocation;
        ensureStorage();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureStorage() {
        events.createIndex(Indexes.ascending(EventDocument.KEY), new IndexOptions().unique(true).name("aggregate_sequence"));
        counter.ensureExists();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> domainEvents = messages.stream()
                .<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage).toList();
        // Serialize before allocating so that the window between allocation and insert stays short.
        List<Document> documents = domainEvents.stream().map(e -> eventDocument(e, serializer)).toList();
        for (int attempt = 1; ; attempt++) {
            Allocation allocation = allocateFreshIndexes(documents.size());
            long first = allocation.first();
            long storedAt = clock.millis();
            for (int i = 0; i < documents.size(); i++) {
                documents.get(i).append(EventDocument.ID, first + i).append(EventDocument.STORED_AT, storedAt);
            }
            try {
                events.insertMany(documents, new InsertManyOptions().ordered(true));
                warnIfInsertedAfterTheGapTimeout(allocation, documents.size());
                break;
            } catch (MongoBulkWriteException e) {
                int failedAt = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
                undoPartialAppend(first, failedAt);
                if (isIndexCollision(e) && attempt < MAX_ALLOCATION_ATTEMPTS) {
                    log.warn("Global index {} was handed out twice; allocating again", first + failedAt);
                    continue;
                }
                handlePersistenceException(e, domainEvents.get(failedAt));
            } catch (MongoException e) {
                handlePersistenceException(e, domainEvents.get(0));
            }
        }
        durability.awaitDurable();
    }

    /**
     * Allocates indexes for the batch. A writer stalled for more than half the gap timeout after allocation lets
     * those indexes go and allocates new ones, so that it never inserts into a gap readers may have given up on.
     */
    private Allocation allocateFreshIndexes(int count) {
        while (true) {
            long allocatedAt = System.nanoTime();
            long first = counter.allocate(count);
            afterIndexAllocation.run(first, count);
            if (System.nanoTime() - allocatedAt < settings.staleAllocation().toNanos()) {
                return new Allocation(first, allocatedAt);
            }
            log.warn("Indexes {}..{} were allocated too long ago to be inserted safely; allocating again",
                    first, first + count - 1);
        }
    }

    /**
     * Readers give an allocated index up once the gap timeout has passed since it was allocated. The writer keeps half
     * of that as its margin; an insert that still completed after the whole timeout (a stall of the writer's JVM or
     * of the store) may have landed in a gap a reader had already given up, and that reader never delivers it. Rare
     * enough to need no recovery, but never silent.
     */
    private void warnIfInsertedAfterTheGapTimeout(Allocation allocation, int count) {
        long millis = (System.nanoTime() - allocation.nanoTime()) / 1_000_000;
        if (millis > settings.gapTimeout().toMillis()) {
            log.warn("Events at global indexes {}..{} were inserted {} ms after their indexes were allocated, beyond the "
                    + "gap timeout of {}: a processor may have skipped them", allocation.first(),
                    allocation.first() + count - 1, millis, settings.gapTimeout());
        }
    }

    /** The first of the indexes handed out, and when (System.nanoTime()). */
    private record Allocation(long first, long nanoTime) {
    }

    /**
     * An ordered insert stops at the first conflict; events of the batch before it are already stored. Without
     * transactions the best we can do is remove them again, so a failed unit of work leaves only gaps. A processor
     * polling in that instant could have seen them: batches touching one aggregate cannot fail half-way (a
     * conflict is always on the first event of an aggregate), only multi-aggregate batches can.
     */
    private void undoPartialAppend(long first, int failedAt) {
        if (failedAt == 0) {
            return;
        }
        List<Long> inserted = new ArrayList<>(failedAt);
        for (int i = 0; i < failedAt; i++) {
            inserted.add(first + i);
        }
        events.deleteMany(in(EventDocument.ID, inserted));
        log.warn("Removed {} events of a batch that failed on a concurrent append", failedAt);
    }

    /**
     * A duplicate {@code _id} (not a duplicate aggregate key) means the counter handed an index out twice, which
     * only a non-atomic server does: it is not a concurrent append of the aggregate, so it is retried.
     */
    private static boolean isIndexCollision(MongoBulkWriteException e) {
        return e.getWriteErrors().stream().anyMatch(error -> error.getCode() == DUPLICATE_KEY
                && error.getMessage() != null && error.getMessage().contains("index: _id_"));
    }

    private static Document eventDocument(DomainEventMessage<?> event, Serializer serializer) {
        return EventDocument.content(event, serializer)
                .append(EventDocument.KEY, EventDocument.key(event.getAggregateIdentifier(), event.getSequenceNumber()));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
        durability.awaitDurable();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return aggregateReader.read(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        // One poll per call: Axon's EmbeddedEventStore calls again with the last token when the stream ends.
        return trackedReader.nextBatch(trackingToken).stream();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.latest(aggregateIdentifier).stream();
    }

    /** Before the first event: replays start here. */
    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, List.of());
    }

    /**
     * After the last allocated index. Indexes near the top that are still being written are kept as gaps, so a
     * processor started at the head does not miss an event that was committing at that moment.
     */
    @Override
    public TrackingToken createHeadToken() {
        return HeadWindow.HEAD_WINDOW.tokenBelow(counter.highestAllocated() + 1, this::existingIds);
    }

    /** Binary search over indexes by event timestamp: about log2(n) exact lookups, never a scan. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long firstAtOrAfter = new TimestampSearch(this::timestampAtOrAbove, counter.highestAllocated())
                .firstIndexAtOrAfter(dateTime);
        return HeadWindow.HEAD_WINDOW.tokenBelow(firstAtOrAfter, this::existingIds);
    }

    private Set<Long> existingIds(List<Long> ids) {
        Set<Long> existing = new HashSet<>();
        events.find(in(EventDocument.ID, ids)).projection(Projections.include(EventDocument.ID))
                .forEach(d -> existing.add(EventDocument.globalIndex(d)));
        return existing;
    }

    /** The timestamp of the first event at or above {@code index} within a few indexes, skipping gaps. */
    private TimestampSearch.Probe timestampAtOrAbove(long index) {
        List<Long> ids = new ArrayList<>();
        for (long id = index; id < index + TimestampSearch.PROBE_WIDTH; id++) {
            ids.add(id);
        }
        return events.find(in(EventDocument.ID, ids))
                .projection(Projections.include(EventDocument.ID, EventDocument.TIMESTAMP))
                .into(new ArrayList<>()).stream()
                .min(java.util.Comparator.comparingLong(EventDocument::globalIndex))
                .map(d -> new TimestampSearch.Probe(EventDocument.globalIndex(d), EventDocument.timestamp(d)))
                .orElse(null);
    }

    /** Test seam: runs between index allocation and insert (the stress test injects delays here). */
    @FunctionalInterface
    public interface AppendHook {
        AppendHook NONE = (first, count) -> { };

        void run(long firstIndex, int count);
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {
        private MongoDatabase database;
        private DurabilityBarrier durability = DurabilityBarrier.WRITE_CONCERN;
        private EventStoreSettings settings = EventStoreSettings.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private AppendHook afterIndexAllocation = AppendHook.NONE;
        private boolean serializeIndexAllocation;

        public Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder durability(DurabilityBarrier durability) {
            this.durability = durability;
            return this;
        }

        public Builder settings(EventStoreSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Needed on the embedded server, whose findAndModify is not atomic across connections; see GlobalIndexCounter. */
        public Builder serializeIndexAllocation(boolean serialize) {
            this.serializeIndexAllocation = serialize;
            return this;
        }

        public Builder afterIndexAllocation(AppendHook hook) {
            this.afterIndexAllocation = hook;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase of the event store is required");
            }
        }

        public MongoGlobalSequenceEventStorageEngine build() {
            validate();
            return new MongoGlobalSequenceEventStorageEngine(this);
        }
    }
}
