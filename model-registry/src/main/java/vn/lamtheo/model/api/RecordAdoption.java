package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/**
 * A unit or a member replicated the model. The caller resolves a member to their unit, so that
 * {@code adopterUnitId} is always set; {@code adoptionId} makes a retried request harmless.
 */
public record RecordAdoption(@TargetAggregateIdentifier String modelId, String adoptionId, String adopterUnitId,
                             String adopterMemberId, Integer year, String result, Actor actor) {
}
