package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** A later pledge was found to copy this one: {@code source.direction} is COPIED_BY. Sources accumulate (one per later pledge). */
public record PledgeCopiedBy(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        CopySource source, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
