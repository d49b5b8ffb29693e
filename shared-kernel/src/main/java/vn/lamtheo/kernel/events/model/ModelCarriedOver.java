package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/**
 * The yearly screening found the model registered in an earlier year and not re-assessed with evidence for
 * {@code year}: "carried over without results". Re-assessing it for that year clears it from the curator's queue.
 */
public record ModelCarriedOver(String modelId, String ownerUnitId, String actorId, Instant at, int year)
        implements ModelEvent {
}
