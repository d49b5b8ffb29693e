package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The curator chose the model as exemplary (tiêu biểu), for replication. */
public record ModelFeatured(String modelId, String ownerUnitId, String actorId, Instant at, int year)
        implements ModelEvent {
}
