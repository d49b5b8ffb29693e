package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The reviewer evaluated the pledge at year end. */
public record PledgeEvaluated(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        EvaluationResult result, String note, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.EVALUATED;
    }
}
