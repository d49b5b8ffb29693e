package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.platform.security.Actor;

/** @param overlapSource resolved by the caller from {@code overlapsWith} (a Dân vận khéo id or a model id) */
public record FlagModelOverlap(@TargetAggregateIdentifier String modelId, OverlapSource overlapSource, String overlapsWith,
                               String note, @TargetAggregateVersion Long expectedVersion, Actor actor) {
}
