package vn.lamtheo.pledge.copycheck;

import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.CopyKind;
import vn.lamtheo.kernel.events.pledge.CopyPassage;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.similarity.MatchDirection;
import vn.lamtheo.similarity.SharedPassage;
import vn.lamtheo.similarity.SourceMatch;

/** The engine's matches in the pledge context's published language. */
final class CopySources {

    private CopySources() {
    }

    /** A match as the checked pledge records it. */
    static CopySource of(SourceMatch s, String unitId) {
        return new CopySource(s.docId(), s.ownerId(), unitId, s.year(), s.score(), s.suspected(), kind(s),
                direction(s.direction()), s.containmentThisInOther(), s.containmentOtherInThis(), s.surfaceAgreement(),
                s.authorFit(),
                s.passages().stream().map(p -> new CopyPassage(p.sectionKey(), p.thisStart(), p.thisEnd(),
                        p.otherSectionKey(), p.otherStart(), p.otherEnd())).toList());
    }

    /**
     * The same match seen from the other pledge: both sides and the direction swap (a source the checked pledge
     * COPIED_FROM was COPIED_BY it; a later year's pledge that COPIED it copied FROM it).
     *
     * @param checkedAuthorFit the checked pledge's author fit ({@link vn.lamtheo.similarity.CopyCheckResult#authorFit()})
     */
    static CopySource mirror(SourceMatch s, String checkedId, String checkedMemberId, String checkedUnitId, int checkedYear,
                             double checkedAuthorFit) {
        CopyDirection seenFromOther = s.direction() == MatchDirection.COPIED_FROM ? CopyDirection.COPIED_BY : CopyDirection.COPIED_FROM;
        return new CopySource(checkedId, checkedMemberId, checkedUnitId, checkedYear, s.score(), s.suspected(), kind(s),
                seenFromOther, s.containmentOtherInThis(), s.containmentThisInOther(), s.surfaceAgreement(),
                checkedAuthorFit,
                s.passages().stream().map(CopySources::swap).toList());
    }

    private static CopyPassage swap(SharedPassage p) {
        return new CopyPassage(p.otherSectionKey(), p.otherStart(), p.otherEnd(), p.sectionKey(), p.thisStart(), p.thisEnd());
    }

    private static CopyKind kind(SourceMatch s) {
        return s.kind() == vn.lamtheo.similarity.CopyKind.SELF_COPY ? CopyKind.SELF_COPY : CopyKind.COPY;
    }

    private static CopyDirection direction(MatchDirection d) {
        return d == MatchDirection.COPIED_BY ? CopyDirection.COPIED_BY : CopyDirection.COPIED_FROM;
    }
}
