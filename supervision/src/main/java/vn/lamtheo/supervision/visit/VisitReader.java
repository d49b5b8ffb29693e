package vn.lamtheo.supervision.visit;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.checklist.ChecklistView;
import vn.lamtheo.supervision.checklist.ChecklistViews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads visits for those allowed to see them: the supervision team and the curator within their scope. */
@Component
public class VisitReader {

    private static final String VISIT = "cuộc giám sát / visit";

    private final VisitViews views;
    private final ChecklistViews checklists;
    private final VisitFactsReader facts;
    private final SupervisionAccess access;
    private final Directory directory;
    private final EarlierRecommendations earlier;

    public VisitReader(VisitViews views, ChecklistViews checklists, VisitFactsReader facts, SupervisionAccess access,
                       Directory directory, EarlierRecommendations earlier) {
        this.earlier = earlier;
        this.views = views;
        this.checklists = checklists;
        this.facts = facts;
        this.access = access;
        this.directory = directory;
    }

    /**
     * The visit's screen: the checklist version it uses, the facts, the answers and findings so far; {@code version}
     * is the number of the last change (an answer sent again unchanged leaves it as it was); {@code recommendations}
     * are the earlier ones, open or done, this visit verifies.
     */
    public record VisitDetails(String id, String unitId, String unitName, LocalDate date, String leadId, VisitStatus status,
                               ChecklistView checklist, VisitFacts facts, Map<String, VisitView.Answer> answers,
                               List<VisitView.Finding> findings, List<EarlierRecommendations.Earlier> recommendations,
                               Instant closedAt, long version) {
    }

    public record VisitSummary(String id, String unitId, String unitName, LocalDate date, VisitStatus status,
                               int answers, int findings) {
    }

    public VisitDetails read(Actor actor, String id) {
        VisitView view = views.find(id).orElseThrow(() -> new NotFoundException(VISIT));
        access.requireVisitReader(actor, view.unitId());
        Unit unit = directory.unit(view.unitId()).orElseThrow(() -> new NotFoundException(VISIT));
        ChecklistView checklist = checklists.find(view.checklistId()).orElse(null);
        return new VisitDetails(view.id(), view.unitId(), unit.name(), view.date(), view.leadId(), view.status(), checklist,
                facts.read(unit, view.year()), view.answersByItem(), view.findings(),
                earlier.toCheck(view.unitId(), view.plannedAt()), view.closedAt(), view.sequence());
    }

    public List<VisitSummary> list(Actor actor, int year) {
        return views.ofYear(year).stream().filter(v -> access.mayReadVisit(actor, v.unitId()))
                .map(v -> new VisitSummary(v.id(), v.unitId(), directory.unit(v.unitId()).map(Unit::name).orElse(v.unitId()),
                        v.date(), v.status(), v.answers().size(), v.findings().size()))
                .toList();
    }
}
