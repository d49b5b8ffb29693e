package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The curator decided the model duplicates a Dân vận khéo entry or another model. */
public record ModelOverlapFlagged(String modelId, String ownerUnitId, String actorId, Instant at,
                                  OverlapSource overlapSource, String overlapsWith, String note) implements ModelEvent {
}
