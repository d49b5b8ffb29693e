package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.model.ReassessmentOutcome;
import vn.lamtheo.platform.security.Actor;

public record ReassessModel(@TargetAggregateIdentifier String modelId, Integer year, ReassessmentOutcome outcome,
                            String evidence, Long expectedVersion, Actor actor) {
}
