package vn.lamtheo.platform.eventstore;

import java.time.Duration;

/**
 * Tuning of {@link MongoGlobalSequenceEventStorageEngine}.
 *
 * @param batchSize          indexes asked for per poll of a streaming processor
 * @param gapTimeout         how long an allocated index may stay without its event before readers stop waiting;
 *                           a writer that took more than half of it between allocation and insert allocates again
 * @param maxGapOffset       gaps further than this below a token's index are forgotten (Axon's own bound)
 * @param aggregateChunkSize aggregate events asked for per {@code $in} when sourcing
 */
public record EventStoreSettings(int batchSize, Duration gapTimeout, int maxGapOffset, int aggregateChunkSize) {

    public static final EventStoreSettings DEFAULTS = new EventStoreSettings(100, Duration.ofSeconds(60), 10_000, 100);

    public EventStoreSettings {
        if (batchSize < 1 || aggregateChunkSize < 1 || maxGapOffset < 1) {
            throw new IllegalArgumentException("batchSize, aggregateChunkSize and maxGapOffset must be positive");
        }
        if (gapTimeout == null || gapTimeout.isNegative() || gapTimeout.isZero()) {
            throw new IllegalArgumentException("gapTimeout must be positive");
        }
    }

    public EventStoreSettings withGapTimeout(Duration timeout) {
        return new EventStoreSettings(batchSize, timeout, maxGapOffset, aggregateChunkSize);
    }

    public EventStoreSettings withBatchSize(int size) {
        return new EventStoreSettings(size, gapTimeout, maxGapOffset, aggregateChunkSize);
    }

    Duration staleAllocation() {
        return gapTimeout.dividedBy(2);
    }
}
