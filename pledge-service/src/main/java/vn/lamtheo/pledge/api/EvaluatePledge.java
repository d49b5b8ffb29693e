package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The reviewer evaluates a self-assessed pledge at year end. */
public record EvaluatePledge(@TargetAggregateIdentifier String pledgeId, EvaluationResult result, String note, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
