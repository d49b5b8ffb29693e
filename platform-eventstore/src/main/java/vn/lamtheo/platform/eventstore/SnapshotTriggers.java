package vn.lamtheo.platform.eventstore;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

import java.util.Map;

/**
 * Makes snapshot triggers that a context names per aggregate, with the threshold taken from configuration:
 * <pre>{@code
 * @Bean SnapshotTriggerDefinition pledgeSnapshotTrigger(SnapshotTriggers triggers) { return triggers.forAggregate("pledge"); }
 * @Aggregate(snapshotTriggerDefinition = "pledgeSnapshotTrigger") class Pledge { ... }
 * }</pre>
 * Only for an aggregate whose whole state Jackson writes and reads back (public fields or getters and a creator, as
 * the test aggregate {@code Tally} has): snapshots are Jackson documents. {@code Pledge} and {@code Model} keep their
 * state in private fields, so a snapshot of either restores an aggregate without an identifier and every later
 * command on it fails; neither has a trigger. Histories and folds read from the first event, never from a snapshot.
 */
public final class SnapshotTriggers {

    private final Snapshotter snapshotter;
    private final int defaultThreshold;
    private final Map<String, Integer> thresholds;

    public SnapshotTriggers(Snapshotter snapshotter, int defaultThreshold, Map<String, Integer> thresholds) {
        this.snapshotter = snapshotter;
        this.defaultThreshold = defaultThreshold;
        this.thresholds = Map.copyOf(thresholds);
    }

    /** A snapshot after every {@code lamtheo.eventstore.snapshot-thresholds.<aggregate>} events (default otherwise). */
    public SnapshotTriggerDefinition forAggregate(String aggregate) {
        return everyEvents(thresholds.getOrDefault(aggregate, defaultThreshold));
    }

    public SnapshotTriggerDefinition everyEvents(int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
