package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets a request wait until a projection has processed the event its own command just stored, so that the page the
 * user lands on shows what they did. The request finds the global index of that event and sleeps on a condition;
 * every batch a processor's worker finishes (its segment's position has then moved) wakes the waiters, which compare
 * the positions of the processor's segments with that index. No polling of the projection.
 * <p>
 * Only segments this instance holds can be watched: when other instances hold some, the wait ends once the segments
 * held here have passed the event; when the processor does not run here, at once. The page then shows the projection
 * as it is, as a reload would. Every wait is bounded.
 */
public class ProjectionCatchUp {

    /** Axon's own worker pool size for a pooled processor. */
    private static final int WORKER_THREADS = 4;

    private final MongoCollection<Document> events;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition moved = lock.newCondition();
    private final AtomicInteger waiting = new AtomicInteger();

    public ProjectionCatchUp(MongoDatabase database, Supplier<EventProcessingConfiguration> processing, Duration timeout) {
        this.events = database.getCollection(EventStoreCollections.EVENTS);
        this.processing = processing;
        this.timeout = timeout;
    }

    /**
     * Waits until {@code processor} has processed the event {@code sequenceNumber} of {@code aggregateId}.
     *
     * @return whether it has; {@code false} after {@code lamtheo.eventstore.own-write-wait}, or when this instance
     * cannot see that processor's progress for the aggregate
     */
    public boolean await(String processor, String aggregateId, long sequenceNumber) {
        Document stored = events.find(Filters.eq(EventDocument.KEY, EventDocument.key(aggregateId, sequenceNumber)))
                .projection(Projections.include(EventDocument.ID)).first();
        Optional<StreamingEventProcessor> streaming = processing.get()
                .eventProcessor(processor, StreamingEventProcessor.class);
        if (stored == null || streaming.isEmpty()) {
            return false;
        }
        long index = EventDocument.globalIndex(stored);
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        waiting.incrementAndGet();
        try {
            while (true) {
                Progress progress = progress(streaming.get(), index);
                if (progress != Progress.BEHIND) {
                    return progress == Progress.REACHED;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                moved.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
            lock.unlock();
        }
    }

    /** Requests waiting now (observable, e.g. by a test that holds a processor back). */
    public int waiting() {
        return waiting.get();
    }

    /**
     * The worker pool of a pooled processor (the same as Axon's default), telling the waiters after every task: a
     * work package's task processes one batch and advances its segment's position before it ends.
     */
    ScheduledExecutorService workerExecutor(String processorName) {
        return new ScheduledThreadPoolExecutor(WORKER_THREADS, new AxonThreadFactory("WorkPackage[" + processorName + "]")) {
            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                super.afterExecute(task, failure);
                positionsMoved();
            }
        };
    }

    private void positionsMoved() {
        // A waiter counts itself before it reads the positions, so a move it may have missed finds it counted.
        if (waiting.get() == 0) {
            return;
        }
        lock.lock();
        try {
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private enum Progress { REACHED, BEHIND, NOT_HERE }

    /**
     * Every segment held here must have passed the event: the one that handles it depends on the group's sequencing
     * policy (per aggregate, or one sequence for the whole group), and every segment's position moves past events it
     * does not handle too. When other instances hold some segments, the event may be theirs: what is held here is
     * waited for, and that is all this instance can know.
     */
    private static Progress progress(StreamingEventProcessor processor, long index) {
        if (!processor.isRunning()) {
            return Progress.NOT_HERE;
        }
        Collection<EventTrackerStatus> held = processor.processingStatus().values();
        if (held.isEmpty() || !held.stream().allMatch(status -> passed(status, index))) {
            return Progress.BEHIND; // a processor holding nothing yet is still claiming
        }
        double share = held.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return share > 0.999 ? Progress.REACHED : Progress.NOT_HERE;
    }

    private static boolean passed(EventTrackerStatus status, long index) {
        return WrappedToken.unwrap(status.getTrackingToken(), GapAwareTrackingToken.class)
                .filter(token -> token.getIndex() >= index && !token.getGaps().contains(index))
                .isPresent();
    }
}
