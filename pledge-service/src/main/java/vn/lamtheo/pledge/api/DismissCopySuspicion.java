package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;


/** The reviewer dismisses the copy check's suspicion, or withdraws a copy flag. */
public record DismissCopySuspicion(@TargetAggregateIdentifier String pledgeId, String note, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
