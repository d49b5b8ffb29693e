package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * The copy check of another pledge found this one: the pair's latest evidence, seen from this pledge ({@code source}
 * names the other pledge; its direction is from this pledge's point of view). It replaces any earlier evidence of the
 * same pair. {@code score} and {@code suspected} are this pledge's figures with it: the best score among the sources
 * it may have copied (COPIED_FROM or UNDETERMINED), and whether any of those is at or above the flagging threshold.
 */
public record CopyPairRecorded(String pledgeId, String memberId, String branchId, String committeeId, int year,
        TemplateKind templateKind, CopySource source, double score, boolean suspected, String actorId, Instant at)
        implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
