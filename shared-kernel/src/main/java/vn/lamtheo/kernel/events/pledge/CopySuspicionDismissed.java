package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The reviewer dismissed a copy suspicion (or withdrew a copy flag): the pledge waits for review again. */
public record CopySuspicionDismissed(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        String note, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.SUBMITTED;
    }
}
