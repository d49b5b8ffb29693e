package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.List;

/** The reviewer decides a submitted pledge is copied from the given pledges. */
public record FlagAsCopied(@TargetAggregateIdentifier String pledgeId, List<String> sourcePledgeIds, String note, String actorId, @TargetAggregateVersion Long expectedVersion) {
}
