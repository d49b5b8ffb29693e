package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/** The member submitted their draft for the first time; carries the submitted content and the soft template findings. */
public record PledgeSubmitted(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        int templateVersion, PledgeContent content, List<TemplateFinding> findings, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return PledgeStatus.SUBMITTED;
    }
}
