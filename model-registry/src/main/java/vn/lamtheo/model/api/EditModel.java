package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.platform.security.Actor;

/**
 * Replaces the content. On a DRAFT it stays a draft; on a model sent back (REVISION_REQUESTED or
 * OVERLAP_FLAGGED) it is the revision and submits the model again.
 *
 * @param expectedVersion the version the editor saw (If-Match); null skips the check
 */
public record EditModel(@TargetAggregateIdentifier String modelId, ModelContent content,
                        @TargetAggregateVersion Long expectedVersion, Actor actor) {
}
