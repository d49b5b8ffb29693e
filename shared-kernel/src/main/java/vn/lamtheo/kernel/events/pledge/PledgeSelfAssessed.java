package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The member wrote the year-end self-assessment of an approved pledge. */
public record PledgeSelfAssessed(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        String text, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.SELF_ASSESSED;
    }
}
