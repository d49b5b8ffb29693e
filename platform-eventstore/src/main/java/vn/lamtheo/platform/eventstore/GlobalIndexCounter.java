package vn.lamtheo.platform.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

import java.util.concurrent.locks.ReentrantLock;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;

/**
 * Hands out global indexes from one counter document: one {@code $inc} per appended batch, whatever its size.
 * Indexes start at 1. An index handed out is never handed out again, even when the insert that needed it fails:
 * that is why readers must expect gaps.
 *
 * <p>The embedded server does not apply {@code findAndModify} atomically when two connections race on the same
 * document (measured: the same index was handed out twice). With {@code serializeInProcess} all allocations of this
 * JVM go through one lock, which is enough there because the embedded server serves one process. A real MongoDB
 * needs no lock.
 */
final class GlobalIndexCounter {

    private static final String VALUE = "value";

    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final MongoCollection<Document> counters;
    private final String counterId;
    private final boolean serializeInProcess;

    GlobalIndexCounter(MongoCollection<Document> counters, String counterId, boolean serializeInProcess) {
        this.counters = counters;
        this.counterId = counterId;
        this.serializeInProcess = serializeInProcess;
    }

    void ensureExists() {
        try {
            if (counters.find(eq("_id", counterId)).first() == null) {
                counters.insertOne(new Document("_id", counterId).append(VALUE, 0L));
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // another instance created it first: fine
            }
        }
    }

    /** Reserves {@code count} consecutive indexes and returns the first. */
    long allocate(int count) {
        if (!serializeInProcess) {
            return increment(count);
        }
        IN_PROCESS.lock();
        try {
            return increment(count);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private long increment(int count) {
        Document after = counters.findOneAndUpdate(eq("_id", counterId), inc(VALUE, (long) count),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after == null) {
            ensureExists();
            return increment(count);
        }
        return ((Number) after.get(VALUE)).longValue() - count + 1;
    }

    /** The highest index handed out so far; no event can exist above it. */
    long highestAllocated() {
        Document counter = counters.find(eq("_id", counterId)).first();
        return counter == null ? 0L : ((Number) counter.get(VALUE)).longValue();
    }
}
