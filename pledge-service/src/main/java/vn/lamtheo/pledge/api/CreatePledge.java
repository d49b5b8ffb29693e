package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;


/** Start a pledge (DRAFT) for the member, year and form; the caller has reserved the (member, year, form) key. */
public record CreatePledge(@TargetAggregateIdentifier String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind, PledgeContent content, String actorId) {
}
