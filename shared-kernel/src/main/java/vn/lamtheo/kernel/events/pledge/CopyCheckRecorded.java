package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/** The copy check's result for this pledge (replaces any earlier result); sources are pledges this one COPIED_FROM. */
public record CopyCheckRecorded(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        double score, boolean suspected, List<CopySource> sources, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
