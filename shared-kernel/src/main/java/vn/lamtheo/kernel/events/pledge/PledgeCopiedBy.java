package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * Stored before {@link CopyPairRecorded} replaced it (no longer written; still read): a later pledge was found to copy
 * this one, {@code source.direction} COPIED_BY.
 */
public record PledgeCopiedBy(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        CopySource source, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
