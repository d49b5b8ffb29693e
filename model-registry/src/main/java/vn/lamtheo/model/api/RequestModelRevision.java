package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

public record RequestModelRevision(@TargetAggregateIdentifier String modelId, String reason, Long expectedVersion,
                                   Actor actor) {
}
