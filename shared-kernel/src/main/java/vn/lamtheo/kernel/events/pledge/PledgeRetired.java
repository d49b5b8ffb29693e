package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The pledge was retired (member moved, year closed, …) with a reason. */
public record PledgeRetired(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        String reason, PledgeStatus previousStatus, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.RETIRED;
    }
}
