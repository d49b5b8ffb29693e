package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * The member took back their submitted pledge before any reviewer acted on it: it is a draft again, to be edited and
 * submitted anew (the next submission is a revision of it).
 */
public record PledgeWithdrawn(String pledgeId, String memberId, String branchId, String committeeId, int year,
        TemplateKind templateKind, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.DRAFT;
    }
}
