package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.in;

/**
 * Reads the next batch for a streaming processor with exact {@code $in} lookups on {@code _id} only, so one poll
 * costs the same at 10k or 10M events.
 *
 * <p>The batch is the token's known gaps plus the next {@code batchSize} indexes above it, bounded by the counter.
 * An index below the highest event read that is still missing becomes a gap: its writer may still be between
 * allocating the index and inserting the event. A gap is dropped once it has been looked up and found still missing
 * after an event stored after it was allocated has become older than the gap timeout (see {@link #dropTimedOutGaps}).
 * A gap is always looked up before it may be dropped: a token can be resumed long after it was stored (another
 * instance taking over a dead one's segment, a restart), when every gap it holds has timed out, and the events that
 * filled some of those gaps in the meantime must still be delivered.
 */
final class TrackedBatchReader {

    /** Bounds the size of one {@code $in}: a token with more gaps asks for the oldest ones first. */
    private static final int MAX_GAPS_PER_POLL = 1_000;

    private final MongoCollection<Document> events;
    private final GlobalIndexCounter counter;
    private final int batchSize;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;

    TrackedBatchReader(MongoCollection<Document> events, GlobalIndexCounter counter, int batchSize,
                       int maxGapOffset, Duration gapTimeout, Clock clock) {
        this.events = events;
        this.counter = counter;
        this.batchSize = batchSize;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    static GapAwareTrackingToken startOf(TrackingToken given) {
        // Replay and merged tokens wrap the position to read from; Axon usually unwraps them before asking us.
        TrackingToken token = WrappedToken.unwrapLowerBound(given);
        if (token == null) {
            return GapAwareTrackingToken.newInstance(0, List.of());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Lamtheo's event store tracks with a GapAwareTrackingToken, not "
                + token.getClass().getName());
    }

    List<TrackedEventData<?>> nextBatch(TrackingToken from) {
        GapAwareTrackingToken token = startOf(from);
        long highest = counter.highestAllocated();

        Set<Long> gapsAskedFor = firstGaps(token.getGaps());
        Set<Long> queried = new LinkedHashSet<>(gapsAskedFor);
        List<Long> ids = new ArrayList<>(queried);
        List<Document> found = new ArrayList<>();
        long windowStart = token.getIndex() + 1;
        while (true) {
            long windowEnd = Math.min(highest, windowStart + batchSize - 1);
            for (long id = windowStart; id <= windowEnd; id++) {
                ids.add(id);
                queried.add(id);
            }
            if (!ids.isEmpty()) {
                events.find(in(EventDocument.ID, ids)).into(found);
            }
            // A whole window can be empty for good (a failed batch append); look further instead of stalling.
            if (!found.isEmpty() || windowEnd >= highest) {
                break;
            }
            ids = new ArrayList<>();
            windowStart = windowEnd + 1;
        }
        if (found.isEmpty()) {
            return List.of();
        }
        recheckMissingBelowHighestFound(queried, found);
        found.sort(Comparator.comparingLong(EventDocument::globalIndex));
        Set<Long> foundIds = new HashSet<>();
        found.forEach(d -> foundIds.add(EventDocument.globalIndex(d)));
        token = dropTimedOutGaps(token, gapsAskedFor, foundIds);

        List<TrackedEventData<?>> batch = new ArrayList<>(found.size());
        for (Document document : found) {
            token = token.advanceTo(EventDocument.globalIndex(document), maxGapOffset);
            batch.add(new TrackedDomainEventData<>(token, EventDocument.toEntry(document)));
        }
        return batch;
    }

    /**
     * An index we asked for may have been inserted while the {@code $in} ran, by a writer whose later event
     * (same aggregate, higher index) the query did see. Asking again for the missing indexes below the highest one
     * found catches it now, so that per-aggregate order holds within a segment.
     */
    private void recheckMissingBelowHighestFound(Set<Long> queried, List<Document> found) {
        long highestFound = found.stream().mapToLong(EventDocument::globalIndex).max().orElse(0);
        Set<Long> foundIds = new TreeSet<>();
        found.forEach(d -> foundIds.add(EventDocument.globalIndex(d)));
        List<Long> missing = queried.stream().filter(id -> id < highestFound && !foundIds.contains(id)).toList();
        if (!missing.isEmpty()) {
            events.find(in(EventDocument.ID, missing)).into(found);
        }
    }

    /**
     * Drops, among the gaps just looked up and found still missing, those whose index was allocated longer than the
     * gap timeout ago. The witness of a run of missing gaps is the index just above it: it was read (so it exists),
     * is a gap that has just been filled, or was dropped earlier as a gap. Its writer allocated it after the gaps
     * below were allocated, so once its {@code storedAt} is older than the timeout, so is every gap below. A missing
     * witness was an older gap already dropped, so the run below it is older still; a witness that is itself a gap
     * not looked up in this poll proves nothing, and its run is kept.
     * {@code storedAt} comes from the writer's clock: instances' clocks must agree to well within half the gap
     * timeout, the margin a writer keeps by allocating again when it stalled that long (see the engine).
     */
    private GapAwareTrackingToken dropTimedOutGaps(GapAwareTrackingToken token, Set<Long> gapsAskedFor,
                                                   Set<Long> foundIds) {
        SortedSet<Long> stillMissing = new TreeSet<>(gapsAskedFor);
        stillMissing.removeAll(foundIds);
        if (stillMissing.isEmpty()) {
            return token;
        }
        Map<Long, List<Long>> runsByWitness = runsByWitness(stillMissing);
        runsByWitness.keySet().removeIf(witness -> token.getGaps().contains(witness) && !gapsAskedFor.contains(witness));
        Map<Long, Long> storedAt = new HashMap<>();
        events.find(in(EventDocument.ID, runsByWitness.keySet()))
                .projection(Projections.include(EventDocument.STORED_AT))
                .forEach(d -> storedAt.put(EventDocument.globalIndex(d), ((Number) d.get(EventDocument.STORED_AT)).longValue()));
        long expiredBefore = clock.millis() - gapTimeout.toMillis();
        SortedSet<Long> kept = new TreeSet<>(token.getGaps());
        boolean changed = false;
        for (Map.Entry<Long, List<Long>> run : runsByWitness.entrySet()) {
            Long witnessStoredAt = storedAt.get(run.getKey());
            if (witnessStoredAt == null || witnessStoredAt < expiredBefore) {
                kept.removeAll(run.getValue());
                changed = true;
            }
        }
        return changed ? new GapAwareTrackingToken(token.getIndex(), kept) : token;
    }

    private static Map<Long, List<Long>> runsByWitness(SortedSet<Long> gaps) {
        Map<Long, List<Long>> runs = new HashMap<>();
        List<Long> run = new ArrayList<>();
        for (Long gap : gaps) {
            if (!run.isEmpty() && gap != run.get(run.size() - 1) + 1) {
                runs.put(run.get(run.size() - 1) + 1, run);
                run = new ArrayList<>();
                if (runs.size() >= MAX_GAPS_PER_POLL) {
                    return runs;
                }
            }
            run.add(gap);
        }
        runs.put(run.get(run.size() - 1) + 1, run);
        return runs;
    }

    private static Set<Long> firstGaps(SortedSet<Long> gaps) {
        return gaps.size() <= MAX_GAPS_PER_POLL ? gaps
                : gaps.stream().limit(MAX_GAPS_PER_POLL).collect(Collectors.toCollection(TreeSet::new));
    }
}
