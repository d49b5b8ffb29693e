package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/** A pledge brought in from a file with its own id, as SUBMITTED (or APPROVED for a past year). */
public record PledgeImported(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        int templateVersion, PledgeContent content, PledgeStatus status, List<TemplateFinding> findings, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return status;
    }
}
