package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** A member started their pledge for a year and form (status DRAFT). */
public record PledgeDrafted(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        int templateVersion, PledgeContent content, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.DRAFT;
    }
}
