package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;

import java.time.Instant;

/**
 * Bring in a pledge from a file, keeping its id, as SUBMITTED or APPROVED.
 *
 * @param submittedAt when it was first submitted, as the file says, or null
 */
public record ImportPledge(@TargetAggregateIdentifier String pledgeId, String memberId, String branchId, String committeeId,
                           int year, TemplateKind templateKind, PledgeContent content, PledgeStatus status,
                           Instant submittedAt, String actorId) {

    /** A pledge whose file does not say when it was submitted. */
    public ImportPledge(String pledgeId, String memberId, String branchId, String committeeId, int year,
                        TemplateKind templateKind, PledgeContent content, PledgeStatus status, String actorId) {
        this(pledgeId, memberId, branchId, committeeId, year, templateKind, content, status, null, actorId);
    }
}
