package vn.lamtheo.pledge.copycheck;

import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.CopyKind;
import vn.lamtheo.kernel.events.pledge.CopyPassage;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.similarity.SharedPassage;
import vn.lamtheo.similarity.SourceMatch;

/**
 * The engine's matches in the pledge context's published language. The engine says which pledges match, with what
 * score and passages; the direction is the pledges' times' ({@link PledgeTime#towards}), given here.
 */
final class CopySources {

    private CopySources() {
    }

    /** A match as the checked pledge records it. */
    static CopySource of(SourceMatch s, String unitId, CopyDirection direction) {
        return new CopySource(s.docId(), s.ownerId(), unitId, s.year(), s.score(), s.suspected(), kind(s),
                direction, s.containmentThisInOther(), s.containmentOtherInThis(), s.surfaceAgreement(),
                s.authorFit(),
                s.passages().stream().map(p -> new CopyPassage(p.sectionKey(), p.thisStart(), p.thisEnd(),
                        p.otherSectionKey(), p.otherStart(), p.otherEnd())).toList());
    }

    /**
     * The same match seen from the other pledge: both sides swap, the direction is mirrored, the score is the same.
     *
     * @param direction        the direction from the checked pledge's point of view
     * @param checkedAuthorFit the checked pledge's author fit ({@link vn.lamtheo.similarity.CopyCheckResult#authorFit()})
     */
    static CopySource mirror(SourceMatch s, CopyDirection direction, String checkedId, String checkedMemberId,
                             String checkedUnitId, int checkedYear, double checkedAuthorFit) {
        return new CopySource(checkedId, checkedMemberId, checkedUnitId, checkedYear, s.score(), s.suspected(), kind(s),
                direction.mirrored(), s.containmentOtherInThis(), s.containmentThisInOther(), s.surfaceAgreement(),
                checkedAuthorFit,
                s.passages().stream().map(CopySources::swap).toList());
    }

    private static CopyPassage swap(SharedPassage p) {
        return new CopyPassage(p.otherSectionKey(), p.otherStart(), p.otherEnd(), p.sectionKey(), p.thisStart(), p.thisEnd());
    }

    private static CopyKind kind(SourceMatch s) {
        return s.kind() == vn.lamtheo.similarity.CopyKind.SELF_COPY ? CopyKind.SELF_COPY : CopyKind.COPY;
    }
}
