package vn.lamtheo.pledge.copycheck;

import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeImported;
import vn.lamtheo.kernel.events.pledge.PledgeRevised;
import vn.lamtheo.kernel.events.pledge.PledgeSubmitted;

import java.time.Instant;
import java.util.List;

/**
 * When a pledge was written, as far as its events say: its year, and the time of its first submission (a revision
 * keeps it; an import carries it only if its file said so). This, never the order the copy checks ran in, decides
 * which pledge of a pair may have copied the other.
 *
 * @param firstSubmittedAt null when unknown (an import whose file does not say)
 * @param textAt           when the current text was submitted (a revision's own time), null before any submission
 */
record PledgeTime(int year, Instant firstSubmittedAt, Instant textAt) {

    static PledgeTime of(int year, List<PledgeEvent> events) {
        Instant first = null;
        Instant text = null;
        boolean submitted = false;
        for (PledgeEvent e : events) {
            if (e instanceof PledgeSubmitted || e instanceof PledgeImported || e instanceof PledgeRevised) {
                if (!submitted) {
                    first = e instanceof PledgeImported i ? i.submittedAt() : e.at();
                    submitted = true;
                }
                text = e.at();
            }
        }
        return new PledgeTime(year, first, text);
    }

    /**
     * The direction of a pair seen from this pledge: an earlier year is always the original; in the same year the
     * pledge first submitted earlier is; without two comparable times (or with equal ones) nobody can tell.
     */
    CopyDirection towards(PledgeTime other) {
        if (year != other.year) {
            return year > other.year ? CopyDirection.COPIED_FROM : CopyDirection.COPIED_BY;
        }
        if (firstSubmittedAt == null || other.firstSubmittedAt == null || firstSubmittedAt.equals(other.firstSubmittedAt)) {
            return CopyDirection.UNDETERMINED;
        }
        return firstSubmittedAt.isAfter(other.firstSubmittedAt) ? CopyDirection.COPIED_FROM : CopyDirection.COPIED_BY;
    }
}
