package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/**
 * A replication (nhân rộng): a unit, or a member of that unit, adopted the model in {@code year} with this result.
 *
 * @param adopterMemberId null when a unit adopted it; otherwise the member, whose unit is {@code adopterUnitId}
 */
public record ModelAdoptionRecorded(String modelId, String ownerUnitId, String actorId, Instant at, String adoptionId,
                                    String adopterUnitId, String adopterMemberId, int year, String result)
        implements ModelEvent {
}
