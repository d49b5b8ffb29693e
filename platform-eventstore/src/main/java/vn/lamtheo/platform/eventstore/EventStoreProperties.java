package vn.lamtheo.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@code lamtheo.eventstore.*}: tuning of the event store and of the streaming processors reading it.
 *
 * @param batchSize                 indexes asked for per poll
 * @param gapTimeout                how long readers wait for an allocated index whose event has not appeared
 * @param aggregateChunkSize        events per lookup when sourcing an aggregate
 * @param claimTimeout              a segment claim not extended for this long may be taken by another instance
 * @param nodeId                    the owner name this instance claims segments with; unique per application context
 *                                  by default, so that two contexts in one JVM do not mistake each other's claims
 * @param tokenClaimInterval        how often a processor looks for unclaimed segments (of a stopped instance)
 * @param segments                  initial segment count of every pooled streaming processor
 * @param serializeIndexAllocation  allocate global indexes under one lock per JVM; default: only on the embedded
 *                                  server, whose findAndModify is not atomic across connections
 * @param snapshotThreshold         default events between snapshots of an aggregate
 * @param snapshotThresholds        per aggregate name (as given to {@link SnapshotTriggers#forAggregate}), overriding
 *                                  the default, e.g. {@code lamtheo.eventstore.snapshot-thresholds.pledge=50}
 * @param deadLetterRetryInterval   how often parked (dead-lettered) event sequences are retried
 * @param ownWriteWait              how long a page waits for a projection to process the command it just sent
 *                                  before it shows the projection as it is
 */
@ConfigurationProperties("lamtheo.eventstore")
public record EventStoreProperties(Integer batchSize, Duration gapTimeout, Integer aggregateChunkSize,
                                   Duration claimTimeout, String nodeId, Duration tokenClaimInterval, Integer segments,
                                   Boolean serializeIndexAllocation, Integer snapshotThreshold,
                                   Map<String, Integer> snapshotThresholds, Duration deadLetterRetryInterval,
                                   Duration ownWriteWait) {

    public EventStoreProperties {
        batchSize = batchSize == null ? EventStoreSettings.DEFAULTS.batchSize() : batchSize;
        gapTimeout = gapTimeout == null ? EventStoreSettings.DEFAULTS.gapTimeout() : gapTimeout;
        aggregateChunkSize = aggregateChunkSize == null ? EventStoreSettings.DEFAULTS.aggregateChunkSize() : aggregateChunkSize;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        nodeId = nodeId == null || nodeId.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : nodeId;
        tokenClaimInterval = tokenClaimInterval == null ? Duration.ofSeconds(5) : tokenClaimInterval;
        segments = segments == null ? 4 : segments;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        snapshotThresholds = snapshotThresholds == null ? Map.of() : Map.copyOf(snapshotThresholds);
        deadLetterRetryInterval = deadLetterRetryInterval == null ? Duration.ofMinutes(1) : deadLetterRetryInterval;
        ownWriteWait = ownWriteWait == null ? Duration.ofSeconds(5) : ownWriteWait;
    }

    EventStoreSettings settings() {
        return new EventStoreSettings(batchSize, gapTimeout, EventStoreSettings.DEFAULTS.maxGapOffset(), aggregateChunkSize);
    }
}
