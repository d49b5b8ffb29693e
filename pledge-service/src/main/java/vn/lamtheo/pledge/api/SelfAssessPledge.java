package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The owner writes the year-end self-assessment of an approved pledge. */
public record SelfAssessPledge(@TargetAggregateIdentifier String pledgeId, String text, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
