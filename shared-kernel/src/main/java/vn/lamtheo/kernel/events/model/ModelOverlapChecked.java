package vn.lamtheo.kernel.events.model;

import java.time.Instant;
import java.util.List;

/**
 * The similarity engine compared the model with the registry and the Dân vận khéo list (on submit and on revise).
 * A suggestion only: the curator decides with {@link ModelOverlapFlagged}.
 *
 * @param score the highest finding's score, 0 when nothing matched
 */
public record ModelOverlapChecked(String modelId, String ownerUnitId, String actorId, Instant at, double score,
                                  List<OverlapFinding> findings) implements ModelEvent {
    public ModelOverlapChecked {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
