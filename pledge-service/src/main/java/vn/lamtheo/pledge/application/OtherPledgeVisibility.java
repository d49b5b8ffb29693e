package vn.lamtheo.pledge.application;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.platform.security.Actor;

import java.util.List;

/**
 * The one place that decides what a reader of a pledge may see of <em>another</em> pledge named in it (a copy source,
 * a pledge that copied it, a pledge a reviewer flagged it as copied from), as the copy report shows it:
 * <ul>
 *   <li>{@link Level#FULL}: the reader may read the other pledge (their own, one in their scope): everything;</li>
 *   <li>{@link Level#UNIT_AND_YEAR}: a reviewer or officer of this pledge who may not read the other one: its pledge
 *       id, unit and year, not its member;</li>
 *   <li>{@link Level#MATCH_ONLY}: anyone else (the member whose pledge matched another member's): that a match exists
 *       and its figures; no id, member, unit or year of the other pledge.</li>
 * </ul>
 * Every answer that names other pledges goes through it: the pledge view, its history and the copy report.
 */
@Component
public class OtherPledgeVisibility {

    public enum Level { FULL, UNIT_AND_YEAR, MATCH_ONLY }

    private final PledgeAccess access;
    private final PledgeEvents events;

    public OtherPledgeVisibility(PledgeAccess access, PledgeEvents events) {
        this.access = access;
        this.events = events;
    }

    /** What {@code reader} of {@code pledge} may see of the other pledge of {@code otherMemberId} in {@code otherUnitId}. */
    public Level of(Actor reader, PledgeView pledge, String otherMemberId, String otherUnitId) {
        if (access.mayRead(reader, otherMemberId, otherUnitId)) {
            return Level.FULL;
        }
        return reviewsHere(reader, pledge) ? Level.UNIT_AND_YEAR : Level.MATCH_ONLY;
    }

    /** The same for another pledge known only by its id (a flag's sources, a history entry). */
    public Level of(Actor reader, PledgeView pledge, String otherPledgeId) {
        return events.view(otherPledgeId).map(o -> of(reader, pledge, o.memberId(), o.branchId()))
                .orElse(reviewsHere(reader, pledge) ? Level.UNIT_AND_YEAR : Level.MATCH_ONLY);
    }

    /** Whether the other pledge's id may be shown ({@code UNIT_AND_YEAR} and up). */
    public boolean showsId(Actor reader, PledgeView pledge, String otherPledgeId) {
        return of(reader, pledge, otherPledgeId) != Level.MATCH_ONLY;
    }

    /** The pledge as {@code reader} may see it: other pledges' members, and for a member their ids, left out. */
    public PledgeView shown(Actor reader, PledgeView p) {
        PledgeView.CopyCheck check = p.copyCheck() == null ? null : new PledgeView.CopyCheck(p.copyCheck().score(),
                p.copyCheck().suspected(), p.copyCheck().dismissed(), sources(reader, p, p.copyCheck().sources()),
                p.copyCheck().at());
        PledgeView.Review review = p.review() == null || p.review().sourcePledgeIds() == null ? p.review()
                : new PledgeView.Review(p.review().action(), p.review().reason(), p.review().sectionComments(),
                p.review().sourcePledgeIds().stream().filter(id -> showsId(reader, p, id)).toList(),
                p.review().actorId(), p.review().at());
        return new PledgeView(p.id(), p.memberId(), p.branchId(), p.committeeId(), p.year(), p.templateKind(),
                p.templateVersion(), p.status(), p.version(), p.header(), p.sections(), p.followsModelIds(), p.findings(),
                review, check, sources(reader, p, p.copiedBy()), p.selfAssessment(), p.evaluation(),
                p.retiredReason(), p.revision(), p.createdAt(), p.submittedAt(), p.updatedAt());
    }

    private List<CopySource> sources(Actor reader, PledgeView p, List<CopySource> sources) {
        return sources.stream().map(s -> switch (of(reader, p, s.memberId(), s.unitId())) {
            case FULL -> s;
            case UNIT_AND_YEAR -> new CopySource(s.pledgeId(), null, s.unitId(), s.year(), s.score(), s.suspected(), s.kind(),
                    s.direction(), s.containmentThisInOther(), s.containmentOtherInThis(), s.surfaceAgreement(),
                    s.authorFit(), s.passages());
            case MATCH_ONLY -> null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private boolean reviewsHere(Actor reader, PledgeView pledge) {
        return !access.isOwner(reader, pledge) && access.mayRead(reader, null, pledge.branchId());
    }
}
