package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.model.RetirementReason;
import vn.lamtheo.platform.security.Actor;

public record RetireModel(@TargetAggregateIdentifier String modelId, RetirementReason reason, String note,
                          String mergedInto, @TargetAggregateVersion Long expectedVersion, Actor actor) {
}
