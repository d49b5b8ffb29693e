package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * The other pledge of a pair was revised and its new text no longer matches this one: the pair is gone from both
 * reports. {@code score} and {@code suspected} are this pledge's figures without it.
 */
public record CopyPairWithdrawn(String pledgeId, String memberId, String branchId, String committeeId, int year,
        TemplateKind templateKind, String otherPledgeId, double score, boolean suspected, String actorId, Instant at)
        implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
