package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The reviewer or an admin retires the pledge with a reason. */
public record RetirePledge(@TargetAggregateIdentifier String pledgeId, String reason, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
