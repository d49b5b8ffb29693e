package vn.lamtheo.kernel.events.model;

import java.time.Instant;

public record ModelDrafted(String modelId, String ownerUnitId, String actorId, Instant at, ModelContent content)
        implements ModelEvent {
}
