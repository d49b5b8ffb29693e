package vn.lamtheo.kernel.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * {@code lamtheo.eventstore.*}: tuning of the event store and of the streaming processors reading it.
 *
 * @param batchSize                 indexes asked for per poll
 * @param gapTimeout                how long readers wait for an allocated index whose event has not appeared
 * @param aggregateChunkSize        events per lookup when sourcing an aggregate
 * @param claimTimeout              a segment claim not extended for this long may be taken by another instance
 * @param segments                  initial segment count of every pooled streaming processor
 * @param snapshotThreshold         default events between snapshots of an aggregate
 * @param snapshotThresholds        per aggregate name (as given to {@link SnapshotTriggers#forAggregate}), overriding
 *                                  the default, e.g. {@code lamtheo.eventstore.snapshot-thresholds.pledge=50}
 */
@ConfigurationProperties("lamtheo.eventstore")
public record EventStoreProperties(Integer batchSize, Duration gapTimeout, Integer aggregateChunkSize,
                                   Duration claimTimeout, Integer segments, Integer snapshotThreshold,
                                   Map<String, Integer> snapshotThresholds) {

    public EventStoreProperties {
        batchSize = batchSize == null ? EventStoreSettings.DEFAULTS.batchSize() : batchSize;
        gapTimeout = gapTimeout == null ? EventStoreSettings.DEFAULTS.gapTimeout() : gapTimeout;
        aggregateChunkSize = aggregateChunkSize == null ? EventStoreSettings.DEFAULTS.aggregateChunkSize() : aggregateChunkSize;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        segments = segments == null ? 4 : segments;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        snapshotThresholds = snapshotThresholds == null ? Map.of() : Map.copyOf(snapshotThresholds);
    }

    EventStoreSettings settings() {
        return new EventStoreSettings(batchSize, gapTimeout, EventStoreSettings.DEFAULTS.maxGapOffset(), aggregateChunkSize);
    }
}
