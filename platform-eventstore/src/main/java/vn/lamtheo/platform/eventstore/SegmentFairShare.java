package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Several instances of a service split each processor's segments evenly. Without it the first instance to start
 * claims every segment and the others idle until it dies. Each instance records, for every streaming processor it
 * runs, a heartbeat in {@value #COLLECTION}; the most segments a processor may hold is its segment count divided by
 * the instances running it, rounded up. Axon's pooled processor asks for that number every coordination round and
 * releases what it holds beyond it, so a new instance soon gets its share and a dead one's share is taken over once
 * its heartbeat and its claims have lapsed (both after the claim timeout).
 * <p>
 * The heartbeat collection holds one document per (processor, running instance): bounded by deployment, not by the
 * number of events. Heartbeats of instances gone for long are deleted.
 */
public class SegmentFairShare implements MaxSegmentProvider, SmartLifecycle {

    static final String COLLECTION = "processor_instances";
    private static final Logger log = LoggerFactory.getLogger(SegmentFairShare.class);
    /** Heartbeats this many claim timeouts old belong to instances long gone. */
    private static final int FORGET_AFTER_TIMEOUTS = 10;

    private final MongoCollection<Document> instances;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Supplier<TokenStore> tokenStore;
    private final String nodeId;
    private final Duration claimTimeout;
    private final Duration heartbeatInterval;
    private final int configuredSegments;
    private final Clock clock;
    private final Map<String, CachedShare> shares = new ConcurrentHashMap<>();
    private final PeriodicTask heartbeat;

    public SegmentFairShare(MongoDatabase database, Supplier<EventProcessingConfiguration> processing,
                            Supplier<TokenStore> tokenStore, EventStoreProperties properties, Clock clock) {
        this.instances = database.getCollection(COLLECTION);
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.nodeId = properties.nodeId();
        this.claimTimeout = properties.claimTimeout();
        this.heartbeatInterval = properties.tokenClaimInterval().compareTo(properties.claimTimeout().dividedBy(3)) < 0
                ? properties.tokenClaimInterval() : properties.claimTimeout().dividedBy(3);
        this.configuredSegments = properties.segments();
        this.clock = clock;
        this.heartbeat = new PeriodicTask("processor-heartbeat", heartbeatInterval, this::beat);
    }

    /** Called by each pooled processor's coordinator, often: the answer is cached for one heartbeat interval. */
    @Override
    public int getMaxSegments(String processorName) {
        Instant now = clock.instant();
        CachedShare cached = shares.get(processorName);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.max();
        }
        int max = share(processorName, now);
        shares.put(processorName, new CachedShare(max, now.plus(heartbeatInterval)));
        return max;
    }

    int share(String processorName, Instant now) {
        try {
            long others = instances.countDocuments(Filters.and(
                    Filters.eq("processor", processorName),
                    Filters.ne("node", nodeId),
                    Filters.gte("lastSeen", Date.from(now.minus(claimTimeout)))));
            int segments = tokenStore.get().fetchSegments(processorName).length;
            int total = segments > 0 ? segments : configuredSegments;
            return (int) Math.ceil(total / (double) (others + 1));
        } catch (RuntimeException e) {
            // The store is unreachable: claims cannot be made or extended either; do not shrink what is held.
            log.debug("Fair share of {} unknown, keeping the previous bound", processorName, e);
            CachedShare cached = shares.get(processorName);
            return cached == null ? Short.MAX_VALUE : cached.max();
        }
    }

    /** Records this instance against every streaming processor it runs; withdraws it from those it stopped. */
    void beat() {
        Instant now = clock.instant();
        for (var entry : processing.get().eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            String id = entry.getKey() + "@" + nodeId;
            if (processor.isRunning()) {
                instances.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                                .append("processor", entry.getKey())
                                .append("node", nodeId)
                                .append("lastSeen", Date.from(now)),
                        new ReplaceOptions().upsert(true));
            } else {
                instances.deleteOne(Filters.eq("_id", id));
            }
        }
        instances.deleteMany(Filters.lt("lastSeen", Date.from(now.minus(claimTimeout.multipliedBy(FORGET_AFTER_TIMEOUTS)))));
    }

    @Override
    public void start() {
        // The first beat waits one interval: the processors are being built and started meanwhile.
        heartbeat.start();
    }

    /** Withdraws this instance at once on a clean shutdown, so the others take its share without waiting. */
    @Override
    public void stop() {
        if (heartbeat.stop()) {
            try {
                instances.deleteMany(Filters.eq("node", nodeId));
            } catch (RuntimeException e) {
                log.debug("Heartbeats of {} left to expire", nodeId, e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat.isRunning();
    }

    /** After Axon's processors have started (so the first beat sees them running), before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private record CachedShare(int max, Instant until) {
    }
}
