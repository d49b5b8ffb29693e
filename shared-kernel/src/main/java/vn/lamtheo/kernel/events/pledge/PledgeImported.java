package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/**
 * A pledge brought in from a file with its own id, as SUBMITTED (or APPROVED for a past year).
 *
 * @param submittedAt when the pledge was first submitted, as the file says; null when the file does not say (and in
 *                    events stored before the field existed): the import's own time {@code at} is not the pledge's
 */
public record PledgeImported(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        int templateVersion, PledgeContent content, PledgeStatus status, List<TemplateFinding> findings,
        Instant submittedAt, String actorId, Instant at) implements PledgeEvent {

    /** A pledge whose file does not say when it was submitted. */
    public PledgeImported(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
                          int templateVersion, PledgeContent content, PledgeStatus status, List<TemplateFinding> findings,
                          String actorId, Instant at) {
        this(pledgeId, memberId, branchId, committeeId, year, templateKind, templateVersion, content, status, findings,
                null, actorId, at);
    }

    @Override
    public PledgeStatus statusAfter() {
        return status;
    }
}
