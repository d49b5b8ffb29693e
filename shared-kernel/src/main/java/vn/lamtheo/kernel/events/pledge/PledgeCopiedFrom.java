package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * Stored before {@link CopyPairRecorded} replaced it (no longer written; still read): a pledge of an earlier year,
 * checked after this one, was found to be copied by this one, {@code source.direction} COPIED_FROM; {@code score} and
 * {@code suspected} are this pledge's figures with it.
 */
public record PledgeCopiedFrom(String pledgeId, String memberId, String branchId, String committeeId, int year,
        TemplateKind templateKind, CopySource source, double score, boolean suspected, String actorId, Instant at)
        implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
