package vn.lamtheo.kernel.events.pledge;

import java.util.Collection;

/**
 * A pledge's copy figures from all its current sources: only the sources it may have copied (COPIED_FROM,
 * UNDETERMINED) count; being copied never makes a pledge suspected.
 *
 * @param score     the best score among those sources, 0 when there is none
 * @param suspected one of those sources is at or above the flagging threshold
 */
public record CopySuspicion(double score, boolean suspected) {

    public static CopySuspicion of(Collection<CopySource> sources) {
        double score = 0;
        boolean suspected = false;
        for (CopySource s : sources) {
            if (s.direction().mayHaveCopied()) {
                score = Math.max(score, s.score());
                suspected |= s.suspected();
            }
        }
        return new CopySuspicion(score, suspected);
    }

    /** This source, from the pledge carrying it, is a suspicion of its own (not only a match). */
    public static boolean raisedBy(CopySource source) {
        return source.suspected() && source.direction().mayHaveCopied();
    }
}
