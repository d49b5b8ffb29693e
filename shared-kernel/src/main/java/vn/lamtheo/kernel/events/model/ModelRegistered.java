package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The curator accepted the model into the registry in {@code year} (its first "year active"). */
public record ModelRegistered(String modelId, String ownerUnitId, String actorId, Instant at, int year)
        implements ModelEvent {
}
