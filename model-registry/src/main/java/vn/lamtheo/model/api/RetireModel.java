package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.model.RetirementReason;
import vn.lamtheo.platform.security.Actor;

public record RetireModel(@TargetAggregateIdentifier String modelId, RetirementReason reason, String note,
                          String mergedInto, Long expectedVersion, Actor actor) {
}
