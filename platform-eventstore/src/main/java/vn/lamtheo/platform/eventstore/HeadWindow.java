package vn.lamtheo.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a token positioned just below an index without a scan: the last {@code size} indexes below it are looked
 * up by {@code $in}, and those still missing become gaps, because their writers may be committing right now.
 */
record HeadWindow(int size) {

    static final HeadWindow HEAD_WINDOW = new HeadWindow(256);

    TrackingToken tokenBelow(long firstNotConsumed, Function<List<Long>, Set<Long>> existingIds) {
        long top = firstNotConsumed - 1;
        long bottom = Math.max(1, top - size + 1);
        if (top < 1) {
            return GapAwareTrackingToken.newInstance(0, List.of());
        }
        List<Long> window = new ArrayList<>();
        for (long id = bottom; id <= top; id++) {
            window.add(id);
        }
        Set<Long> existing = existingIds.apply(window);
        if (existing.isEmpty()) {
            return GapAwareTrackingToken.newInstance(bottom - 1, List.of());
        }
        long index = existing.stream().mapToLong(Long::longValue).max().orElseThrow();
        TreeSet<Long> gaps = new TreeSet<>();
        for (long id = bottom; id < index; id++) {
            if (!existing.contains(id)) {
                gaps.add(id);
            }
        }
        return GapAwareTrackingToken.newInstance(index, gaps);
    }
}
