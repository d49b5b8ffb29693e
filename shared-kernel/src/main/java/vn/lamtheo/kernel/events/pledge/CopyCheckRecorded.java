package vn.lamtheo.kernel.events.pledge;

import java.time.Instant;
import java.util.List;

/**
 * The copy check of this pledge's current text: every pledge it shares text with, each source's direction from this
 * pledge's point of view (events stored before directions came from times hold only COPIED_FROM and COPIED_BY). It
 * replaces every earlier source of the pledge; later checks of other pledges add theirs ({@link CopyPairRecorded}).
 * {@code score} and {@code suspected} count the sources this pledge may have copied (COPIED_FROM, UNDETERMINED).
 */
public record CopyCheckRecorded(String pledgeId, String memberId, String branchId, String committeeId, int year, TemplateKind templateKind,
        double score, boolean suspected, List<CopySource> sources, String actorId, Instant at) implements PledgeEvent {
    @Override
    public PledgeStatus statusAfter() {
        return null;
    }
}
