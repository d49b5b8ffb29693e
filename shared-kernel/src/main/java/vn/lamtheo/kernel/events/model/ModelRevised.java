package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The owner answered a revision request or an overlap flag with new content; the model is submitted again. */
public record ModelRevised(String modelId, String ownerUnitId, String actorId, Instant at, ModelContent content)
        implements ModelEvent {
}
