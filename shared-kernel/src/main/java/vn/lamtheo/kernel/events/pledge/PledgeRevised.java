package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/** The member resubmitted a returned pledge (revision 1, 2, …); carries the revised content and the soft template findings. */
public record PledgeRevised(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        int revision, int templateVersion, PledgeContent content, List<TemplateFinding> findings, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.SUBMITTED;
    }
}
