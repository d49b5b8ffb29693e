package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.platform.security.Actor;

/** Creates a model in DRAFT for the owner unit (a commune or branch within the actor's scope). */
public record DraftModel(@TargetAggregateIdentifier String modelId, String ownerUnitId, ModelContent content, Actor actor) {
}
