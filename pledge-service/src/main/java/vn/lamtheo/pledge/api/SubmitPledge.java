package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The owner submits a draft, or resubmits a returned pledge (a revision). */
public record SubmitPledge(@TargetAggregateIdentifier String pledgeId, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
