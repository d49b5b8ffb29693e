package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The owner replaces the content of a draft or returned pledge. */
public record EditPledge(@TargetAggregateIdentifier String pledgeId, PledgeContent content, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
