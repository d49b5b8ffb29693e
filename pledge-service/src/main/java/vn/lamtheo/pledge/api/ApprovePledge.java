package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The reviewer approves a submitted pledge. */
public record ApprovePledge(@TargetAggregateIdentifier String pledgeId, String note, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
