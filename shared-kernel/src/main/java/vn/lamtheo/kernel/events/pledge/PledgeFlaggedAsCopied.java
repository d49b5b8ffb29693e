package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/** The reviewer decided the pledge is copied from the given pledges; it returns to the member. */
public record PledgeFlaggedAsCopied(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        List<String> sourcePledgeIds, String note, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.FLAGGED_AS_COPIED;
    }
}
