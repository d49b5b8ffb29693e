package vn.lamtheo.platform.eventstore;

/** Collection names of the event store; one database holds one event store. */
public final class EventStoreCollections {
    public static final String EVENTS = "events";
    public static final String COUNTERS = "event_counters";
    public static final String SNAPSHOTS = "snapshots";
    static final String GLOBAL_INDEX_COUNTER = "globalIndex";

    private EventStoreCollections() {
    }
}
