package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The member takes back their submitted pledge that no reviewer has acted on yet. */
public record WithdrawPledge(@TargetAggregateIdentifier String pledgeId, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
