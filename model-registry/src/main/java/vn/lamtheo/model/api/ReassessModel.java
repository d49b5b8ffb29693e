package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.model.ReassessmentOutcome;
import vn.lamtheo.platform.security.Actor;

public record ReassessModel(@TargetAggregateIdentifier String modelId, Integer year, ReassessmentOutcome outcome,
                            String evidence, @TargetAggregateVersion Long expectedVersion, Actor actor) {
}
