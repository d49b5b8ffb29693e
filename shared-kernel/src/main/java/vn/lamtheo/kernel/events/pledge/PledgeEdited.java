package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;

/** The member changed the content of a draft or of a returned pledge; the status does not change. */
public record PledgeEdited(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        PledgeContent content, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
