package vn.lamtheo.kernel.events.model;

import java.time.Instant;

public record ModelSubmitted(String modelId, String ownerUnitId, String actorId, Instant at) implements ModelEvent {
}
