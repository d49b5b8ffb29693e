package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

public record FeatureModel(@TargetAggregateIdentifier String modelId, Long expectedVersion, Actor actor) {
}
