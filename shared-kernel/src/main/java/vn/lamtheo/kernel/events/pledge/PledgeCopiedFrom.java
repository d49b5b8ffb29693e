package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/**
 * A pledge of an earlier year, checked after this one (e.g. imported later), was found to be copied by this one:
 * {@code source.direction} is COPIED_FROM. It joins the sources of this pledge's copy check; {@code score} and
 * {@code suspected} are the check's figures with it (the highest score of all sources; suspected if any is).
 */
public record PledgeCopiedFrom(String pledgeId, String memberId, String branchId, String committeeId, int year,
        TemplateKind templateKind, CopySource source, double score, boolean suspected, String actorId, Instant at)
        implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
