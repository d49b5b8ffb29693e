package vn.lamtheo.pledge.copycheck;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.events.pledge.CopyPassage;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.pledge.application.PledgeAccess;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeEvents;
import vn.lamtheo.pledge.application.PledgeView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a copy report from the pledge's own events (read your writes) and, per source, from the other pledge's,
 * showing the other side only as far as the reader may read it:
 * <ul>
 *   <li>the reader may read the other pledge (their own earlier pledge, a pledge of their branch for its secretary,
 *       any pledge in scope for an officer): everything, with the text of both sides around each passage;</li>
 *   <li>a reviewer or officer of this pledge who may not read the other one: its pledge id, unit and year, offsets
 *       in this text only, no other text and no member;</li>
 *   <li>anyone else (the member whose pledge matched another member's): that a match exists, its figures and the
 *       passages in their own text; no id, member, unit, year or text of the other pledge.</li>
 * </ul>
 */
@Component
public class CopyReportQuery {

    /** Characters of context shown either side of a passage. */
    static final int CONTEXT = 80;

    private final PledgeApplication pledges;
    private final PledgeEvents events;
    private final PledgeAccess access;
    private final vn.lamtheo.platform.security.AccessPolicy policy;

    public CopyReportQuery(PledgeApplication pledges, PledgeEvents events, PledgeAccess access,
                           vn.lamtheo.platform.security.AccessPolicy policy) {
        this.pledges = pledges;
        this.events = events;
        this.access = access;
        this.policy = policy;
    }

    public CopyReport load(Actor actor, String pledgeId) {
        pledges.view(actor, pledgeId); // 404 unless the actor may read it
        // the full view: what the reader may see of each source is decided below, source by source
        PledgeView pledge = events.view(pledgeId).orElseThrow();
        boolean checked = pledge.copyCheck() != null;
        // Every source of the current text, whoever's check found it, best first (CopySourceOrder.BEST_FIRST).
        List<CopySource> all = checked ? pledge.copyCheck().sources() : List.of();
        boolean reviewerHere = !access.isOwner(actor, pledge)
                && policy.reaches(actor, pledge.branchId(), Role.BRANCH_SECRETARY, Role.COMMITTEE_OFFICER,
                Role.DISTRICT_CURATOR, Role.SUPERVISOR, Role.ADMIN);
        List<CopyReport.Source> sources = all.stream().map(s -> source(actor, pledge, s, reviewerHere)).toList();
        // The fold forgets the result when a new text is submitted: no result means the check of this text is to come.
        // Suspected and score count only the sources this pledge may have copied (COPIED_FROM, UNDETERMINED).
        String status = checked ? CopyReport.DONE : CopyReport.PENDING;
        return new CopyReport(pledge.id(), status,
                checked && pledge.copyCheck().suspected(), checked ? pledge.copyCheck().score() : 0,
                checked && pledge.copyCheck().dismissed(), sources);
    }

    private CopyReport.Source source(Actor actor, PledgeView pledge, CopySource s, boolean reviewerHere) {
        Optional<PledgeView> other = readable(actor, s.pledgeId());
        String visibility = other.isPresent() ? "FULL" : reviewerHere ? "UNIT_AND_YEAR" : "MATCH_ONLY";
        List<CopyReport.Passage> passages = s.passages().stream()
                .map(p -> passage(pledge.sections(), p, other.map(PledgeView::sections).orElse(null)))
                .toList();
        CopyReport.Containment containment = new CopyReport.Containment(s.containmentThisInOther(), s.containmentOtherInThis());
        return switch (visibility) {
            case "FULL" -> new CopyReport.Source(s.pledgeId(), s.memberId(), s.unitId(), s.year(), s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), s.authorFit(), visibility, passages);
            case "UNIT_AND_YEAR" -> new CopyReport.Source(s.pledgeId(), null, s.unitId(), s.year(), s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), s.authorFit(), visibility, passages);
            default -> new CopyReport.Source(null, null, null, null, s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), null, visibility, passages);
        };
    }

    /** The other pledge if the actor may read it; never throws, never logs a denial for what is only a display choice. */
    private Optional<PledgeView> readable(Actor actor, String otherId) {
        Optional<PledgeView> other = events.view(otherId);
        if (other.isEmpty()) {
            return Optional.empty();
        }
        PledgeView o = other.get();
        boolean may = access.isOwner(actor, o) || policy.reaches(actor, o.branchId(),
                Role.BRANCH_SECRETARY, Role.COMMITTEE_OFFICER, Role.DISTRICT_CURATOR, Role.SUPERVISOR, Role.ADMIN);
        return may ? other : Optional.empty();
    }

    private static CopyReport.Passage passage(Map<String, String> sections, CopyPassage p, Map<String, String> otherSections) {
        CopyReport.Excerpt text = excerpt(sections.get(p.sectionKey()), p.start(), p.end());
        if (otherSections == null) {
            return new CopyReport.Passage(p.sectionKey(), p.start(), p.end(), text, null, null, null, null);
        }
        return new CopyReport.Passage(p.sectionKey(), p.start(), p.end(), text, p.otherSectionKey(), p.otherStart(),
                p.otherEnd(), excerpt(otherSections.get(p.otherSectionKey()), p.otherStart(), p.otherEnd()));
    }

    private static CopyReport.Excerpt excerpt(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return null; // the text changed since the check (the check of the new text will replace this)
        }
        return new CopyReport.Excerpt(text.substring(Math.max(0, start - CONTEXT), start), text.substring(start, end),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
