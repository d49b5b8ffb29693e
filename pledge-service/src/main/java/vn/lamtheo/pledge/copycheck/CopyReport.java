package vn.lamtheo.pledge.copycheck;

import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.CopyKind;

import java.util.List;

/**
 * {@code GET /api/pledges/{id}/copy-report}. Fields the reader may not see are null (and left out of the JSON):
 * a source the reader may not read shows no text and no member; to a member it shows neither pledge id, unit nor year.
 *
 * @param status    PENDING until the check has run for the pledge's current text and no text still waiting for its check
 *                  may be this pledge's source (an earlier or undetermined one, {@link CopyCheckBacklog}), then DONE;
 *                  while PENDING the sources found so far are shown
 * @param suspected some source this pledge may have copied (COPIED_FROM or UNDETERMINED) is at or above the
 *                  flagging threshold; being copied (COPIED_BY) never makes a pledge suspected
 * @param score     the best score among those sources
 * @param sources   one per other pledge, whichever pledge's check found the pair (both pledges show it with the same
 *                  score and mirrored direction): the sources this pledge may have copied first, then best score
 *                  ({@link vn.lamtheo.kernel.events.pledge.CopySourceOrder#BEST_FIRST}); each source's direction is
 *                  from this pledge's point of view
 */
public record CopyReport(String pledgeId, String status, boolean suspected, double score, boolean dismissed,
                         List<Source> sources) {

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";

    /**
     * @param surfaceAgreement of the syllables the passages share once folded, the share written the same way in
     *                         both pledges: ranks sources of equal score (a pledge and its copy without diacritics
     *                         score the same)
     * @param authorFit  how much the other pledge's text is about its own author (its position and duties found in
     *                   its sections): ranks sources that nothing else separates; null when only the match may be shown
     * @param visibility FULL (the reader may read the other pledge), UNIT_AND_YEAR, or MATCH_ONLY
     */
    public record Source(String pledgeId, String memberId, String unitId, Integer year, double score, boolean suspected,
                         CopyKind kind, CopyDirection direction, Containment containment, double surfaceAgreement,
                         Double authorFit, String visibility,
                         List<Passage> passages) {
    }

    /** @param thisInOther share of this pledge's evidence found in the other; otherInThis the converse */
    public record Containment(double thisInOther, double otherInThis) {
    }

    /** Offsets are [start, end) in the original section texts; {@code other*} only when the other side may be shown. */
    public record Passage(String sectionKey, int start, int end, Excerpt text,
                          String otherSectionKey, Integer otherStart, Integer otherEnd, Excerpt otherText) {
    }

    /** The passage with some context either side, for highlighting. */
    public record Excerpt(String before, String match, String after) {
    }
}
