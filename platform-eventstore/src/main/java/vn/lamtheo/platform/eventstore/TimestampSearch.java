package vn.lamtheo.platform.eventstore;

import java.time.Instant;
import java.util.function.LongFunction;

/**
 * Finds the first global index whose event is not older than an instant by binary search over indexes, each
 * probe one exact {@code $in} of a few ids. Event timestamps follow index order only roughly (they are taken when
 * the event is created, before its index is allocated), so the answer is as approximate as Axon's own
 * {@code createTokenAt} on other stores.
 */
record TimestampSearch(LongFunction<Probe> probeAtOrAbove, long highestIndex) {

    /** How many consecutive indexes one probe asks for, to step over gaps. */
    static final int PROBE_WIDTH = 16;

    record Probe(long index, Instant timestamp) {
    }

    long firstIndexAtOrAfter(Instant instant) {
        long low = 1;
        long high = highestIndex + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Probe probe = probeAtOrAbove.apply(middle);
            if (probe == null || !probe.timestamp().isBefore(instant)) {
                high = middle;
            } else {
                low = probe.index() + 1;
            }
        }
        return low;
    }
}
