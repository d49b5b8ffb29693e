package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The owner changed a draft; it stays a draft. */
public record ModelEdited(String modelId, String ownerUnitId, String actorId, Instant at, ModelContent content)
        implements ModelEvent {
}
