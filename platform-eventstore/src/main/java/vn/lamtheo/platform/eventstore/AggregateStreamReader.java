package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.in;

/**
 * Loads one aggregate's events by exact {@code $in} on its {@code aggregateId#sequence} keys, one chunk at a time,
 * lazily, whatever the size of the store. Chunks start small and double up to the configured maximum: most
 * aggregates (or their tails after a snapshot) are short, and each key asked for costs a lookup even when absent.
 */
final class AggregateStreamReader {

    private static final Logger log = LoggerFactory.getLogger(AggregateStreamReader.class);

    static final int FIRST_CHUNK = 16;

    private final MongoCollection<Document> events;
    private final int maxChunkSize;

    AggregateStreamReader(MongoCollection<Document> events, int maxChunkSize) {
        this.events = events;
        this.maxChunkSize = maxChunkSize;
    }

    Stream<DomainEventData<?>> read(String aggregateId, long firstSequenceNumber) {
        return StreamSupport.stream(new ChunkSpliterator(aggregateId, firstSequenceNumber), false);
    }

    private List<Document> chunk(String aggregateId, long from, int chunkSize) {
        List<String> keys = new ArrayList<>(chunkSize);
        for (long seq = from; seq < from + chunkSize; seq++) {
            keys.add(EventDocument.key(aggregateId, seq));
        }
        List<Document> found = events.find(in(EventDocument.KEY, keys)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(d -> ((Number) d.get(EventDocument.SEQUENCE)).longValue()));
        return found;
    }

    private final class ChunkSpliterator extends Spliterators.AbstractSpliterator<DomainEventData<?>> {
        private final String aggregateId;
        private long nextSequence;
        private Iterator<Document> current = List.<Document>of().iterator();
        private boolean exhausted;
        private int chunkSize = Math.min(FIRST_CHUNK, maxChunkSize);

        ChunkSpliterator(String aggregateId, long firstSequenceNumber) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.aggregateId = aggregateId;
            this.nextSequence = firstSequenceNumber;
        }

        @Override
        public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
            if (!current.hasNext()) {
                if (exhausted) {
                    return false;
                }
                long chunkStart = nextSequence;
                List<Document> chunk = chunk(aggregateId, chunkStart, chunkSize);
                exhausted = chunk.size() < chunkSize;
                chunkSize = Math.min(chunkSize * 2, maxChunkSize);
                current = chunk.iterator();
                if (!current.hasNext()) {
                    return false;
                }
            }
            Document document = current.next();
            long sequence = ((Number) document.get(EventDocument.SEQUENCE)).longValue();
            if (sequence != nextSequence) {
                // Sequences are written consecutively; a hole means a damaged stream, not a concurrent write.
                log.warn("Aggregate {} has no event {} (next found: {}); stopping there", aggregateId, nextSequence, sequence);
                exhausted = true;
                current = List.<Document>of().iterator();
                return false;
            }
            nextSequence++;
            action.accept(EventDocument.toEntry(document));
            return true;
        }
    }
}
