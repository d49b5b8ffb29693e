package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The reviewer approved the pledge. */
public record PledgeApproved(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        String note, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.APPROVED;
    }
}
