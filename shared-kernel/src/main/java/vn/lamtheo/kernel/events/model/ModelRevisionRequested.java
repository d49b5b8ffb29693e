package vn.lamtheo.kernel.events.model;

import java.time.Instant;

public record ModelRevisionRequested(String modelId, String ownerUnitId, String actorId, Instant at, String reason)
        implements ModelEvent {
}
