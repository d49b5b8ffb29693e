package vn.lamtheo.pledge.copycheck;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.CopyPassage;
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.audit.ReadAudit;
import vn.lamtheo.platform.security.audit.ReadKind;
import vn.lamtheo.pledge.application.OtherPledgeVisibility;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeEvents;
import vn.lamtheo.pledge.application.PledgeView;

import java.util.List;
import java.util.Map;

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
    private final OtherPledgeVisibility visibility;
    private final CopyCheckBacklog backlog;

    private final ReadAudit audit;

    public CopyReportQuery(PledgeApplication pledges, PledgeEvents events, OtherPledgeVisibility visibility,
                           CopyCheckBacklog backlog, ReadAudit audit) {
        this.audit = audit;
        this.pledges = pledges;
        this.events = events;
        this.visibility = visibility;
        this.backlog = backlog;
    }

    public CopyReport load(Actor actor, String pledgeId) {
        // the full view (404 unless the actor may read it): what the reader may see of each source is decided below
        PledgeView pledge = pledges.readable(actor, pledgeId);
        audit.read(actor, pledge.memberId(), ReadKind.COPY_REPORT, pledge.id());
        boolean checked = pledge.copyCheck() != null;
        // Every source of the current text, whoever's check found it, best first (CopySourceOrder.BEST_FIRST).
        List<CopySource> all = checked ? pledge.copyCheck().sources() : List.of();
        List<CopyReport.Source> sources = all.stream().map(s -> source(actor, pledge, s)).toList();
        // The fold forgets the result when a new text is submitted: no result means the check of this text is to come.
        // A result is final only once no text still waiting for its check may be this pledge's source (that check
        // would add the pair here). Suspected and score count only the sources this pledge may have copied
        // (COPIED_FROM, UNDETERMINED).
        boolean done = checked && !backlog.mayHoldASourceOf(pledgeId, PledgeTime.of(pledge.year(),
                events.of(pledgeId).stream().map(PledgeEvents.Stored::event).toList()));
        String status = done ? CopyReport.DONE : CopyReport.PENDING;
        return new CopyReport(pledge.id(), status,
                checked && pledge.copyCheck().suspected(), checked ? pledge.copyCheck().score() : 0,
                checked && pledge.copyCheck().dismissed(), sources);
    }

    /** What the reader may see of the other pledge is {@link OtherPledgeVisibility}'s decision, as on every answer. */
    private CopyReport.Source source(Actor actor, PledgeView pledge, CopySource s) {
        OtherPledgeVisibility.Level level = visibility.of(actor, pledge, s.memberId(), s.unitId());
        Map<String, String> otherSections = level == OtherPledgeVisibility.Level.FULL
                ? events.view(s.pledgeId()).map(PledgeView::sections).orElse(null) : null;
        if (otherSections != null) {
            audit.read(actor, s.memberId(), ReadKind.PLEDGE, s.pledgeId()); // its passages are quoted to the reader
        }
        List<CopyReport.Passage> passages = s.passages().stream()
                .map(p -> passage(pledge.sections(), p, otherSections))
                .toList();
        CopyReport.Containment containment = new CopyReport.Containment(s.containmentThisInOther(), s.containmentOtherInThis());
        return switch (level) {
            case FULL -> new CopyReport.Source(s.pledgeId(), s.memberId(), s.unitId(), s.year(), s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), s.authorFit(), level.name(), passages);
            case UNIT_AND_YEAR -> new CopyReport.Source(s.pledgeId(), null, s.unitId(), s.year(), s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), s.authorFit(), level.name(), passages);
            case MATCH_ONLY -> new CopyReport.Source(null, null, null, null, s.score(), s.suspected(),
                    s.kind(), s.direction(), containment, s.surfaceAgreement(), null, level.name(), passages);
        };
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
