package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;


/** Bring in a pledge from a file, keeping its id, as SUBMITTED or APPROVED. */
public record ImportPledge(@TargetAggregateIdentifier String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind, PledgeContent content, PledgeStatus status, String actorId) {
}
