package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/** The model leaves the public registry; it stays in history. {@code mergedInto} is set only for MERGED. */
public record ModelRetired(String modelId, String ownerUnitId, String actorId, Instant at, RetirementReason reason,
                           String note, String mergedInto) implements ModelEvent {
}
