package vn.lamtheo.kernel.events.model;

import java.util.List;

/** One suspected overlap: the source, how much of the model it covers (0..1) and where. */
public record OverlapFinding(OverlapSource source, String sourceId, String sourceTitle, double score,
                             List<OverlapPassage> passages) {
    public OverlapFinding {
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}
