package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.Map;

/** The reviewer returned the pledge with a reason and optional comments per section key. */
public record PledgeRevisionRequested(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        String reason, Map<String, String> sectionComments, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.REVISION_REQUESTED;
    }
}
