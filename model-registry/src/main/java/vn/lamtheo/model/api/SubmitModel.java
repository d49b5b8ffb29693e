package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.platform.security.Actor;

public record SubmitModel(@TargetAggregateIdentifier String modelId, @TargetAggregateVersion Long expectedVersion, Actor actor) {
}
