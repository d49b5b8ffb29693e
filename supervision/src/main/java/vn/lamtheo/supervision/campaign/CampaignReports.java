package vn.lamtheo.supervision.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.campaign.CampaignReport.Criterion;
import vn.lamtheo.supervision.campaign.CampaignReport.Meetings;
import vn.lamtheo.supervision.campaign.CampaignReport.OpenRecommendation;
import vn.lamtheo.supervision.campaign.CampaignReport.Propaganda;
import vn.lamtheo.supervision.checklist.ChecklistItem;
import vn.lamtheo.supervision.checklist.ChecklistSection;
import vn.lamtheo.supervision.checklist.ChecklistView;
import vn.lamtheo.supervision.checklist.ChecklistViews;
import vn.lamtheo.supervision.checklist.ItemKind;
import vn.lamtheo.supervision.meeting.MeetingViews;
import vn.lamtheo.supervision.propaganda.PropagandaViews;
import vn.lamtheo.supervision.recommendation.RecommendationStatus;
import vn.lamtheo.supervision.recommendation.RecommendationView;
import vn.lamtheo.supervision.recommendation.RecommendationViews;
import vn.lamtheo.supervision.visit.VisitStatus;
import vn.lamtheo.supervision.visit.VisitView;
import vn.lamtheo.supervision.visit.VisitViews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the campaign report of a year for the supervision team or the curator, over the visits to units in their
 * scope. Criteria are the PASS / FAIL items of the checklist versions the visits used, in checklist order; a key kept
 * across versions is one criterion.
 */
@Service
public class CampaignReports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final VisitViews visits;
    private final ChecklistViews checklists;
    private final RecommendationViews recommendations;
    private final MeetingViews meetings;
    private final PropagandaViews propaganda;
    private final SupervisionAccess access;
    private final Directory directory;
    private final Clock clock;
    private final int requiredMeetings;

    public CampaignReports(VisitViews visits, ChecklistViews checklists, RecommendationViews recommendations,
                           MeetingViews meetings, PropagandaViews propaganda, SupervisionAccess access, Directory directory, Clock clock,
                           SupervisionProperties properties) {
        this.visits = visits;
        this.checklists = checklists;
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.propaganda = propaganda;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
        this.requiredMeetings = properties.thematicMeetingsPerYear();
    }

    public CampaignReport report(Actor actor, Integer year) {
        if (Stream.of(Role.SUPERVISOR, Role.DISTRICT_CURATOR).noneMatch(actor::has)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Chỉ tổ giám sát và Ban Tuyên giáo xem được báo cáo đợt giám sát"
                    + " / Only the supervision team and the curator may read the campaign report");
        }
        Unit scope = directory.unit(actor.unitId()).orElseThrow(() -> new NotFoundException("đơn vị / unit"));
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        int reportYear = year == null ? today.getYear() : year;
        List<VisitView> visited = visits.ofYear(reportYear).stream().filter(v -> access.mayReadVisit(actor, v.unitId())).toList();

        List<Criterion> criteria = criteria(visited);
        Meetings held = meetings(scope, reportYear);
        PropagandaViews.Reach reach = propaganda.reach(directory.subtree(scope.id()).stream().map(Unit::id).toList());
        Propaganda posted = new Propaganda(reach.registeredModels(), reach.neverPropagated());
        List<OpenRecommendation> open = recommendations.ofVisits(visited.stream().map(VisitView::id).toList()).stream()
                .filter(r -> r.status() == RecommendationStatus.OPEN)
                .map(r -> new OpenRecommendation(r, name(r.ownerUnitId()), r.overdueOn(today)))
                .toList();
        int overdue = (int) open.stream().filter(OpenRecommendation::overdue).count();
        int closed = (int) visited.stream().filter(v -> v.status() == VisitStatus.CLOSED).count();
        return new CampaignReport(reportYear, scope.id(), scope.name(), today, clock.instant(), visited.size(), closed,
                criteria, held, posted, CampaignSentences.strengths(visited.size(), criteria, held, posted),
                CampaignSentences.shortcomings(criteria, held, posted, open.size(), overdue), open, overdue);
    }

    private List<Criterion> criteria(List<VisitView> visited) {
        Map<String, ChecklistView> used = new LinkedHashMap<>();
        visited.forEach(v -> used.computeIfAbsent(v.checklistId(), id -> checklists.find(id).orElse(null)));
        Map<String, SectionItem> items = new LinkedHashMap<>();
        for (ChecklistView checklist : used.values()) {
            if (checklist == null) {
                continue;
            }
            for (ChecklistSection section : checklist.sections()) {
                for (ChecklistItem item : section.items()) {
                    if (item.kind() == ItemKind.CHECK) {
                        items.putIfAbsent(item.key(), new SectionItem(section.title(), item));
                    }
                }
            }
        }
        Map<String, Map<String, VisitView.Answer>> answers = new HashMap<>();
        visited.forEach(v -> answers.put(v.id(), v.answersByItem()));
        List<Criterion> result = new ArrayList<>();
        items.forEach((key, entry) -> {
            int passed = 0;
            int failed = 0;
            int notApplicable = 0;
            List<String> failedUnits = new ArrayList<>();
            for (VisitView v : visited) {
                VisitView.Answer answer = answers.get(v.id()).get(key);
                if (answer == null) {
                    continue;
                }
                switch (answer.value()) {
                    case "PASS" -> passed++;
                    case "FAIL" -> {
                        failed++;
                        failedUnits.add(name(v.unitId()));
                    }
                    default -> notApplicable++;
                }
            }
            Double share = passed + failed == 0 ? null : Math.round(10_000.0 * passed / (passed + failed)) / 10_000.0;
            result.add(new Criterion(key, entry.section(), entry.item().text(), entry.item().critical(), passed, failed, notApplicable, share, failedUnits));
        });
        return result;
    }

    private record SectionItem(String section, ChecklistItem item) {
    }

    private Meetings meetings(Unit scope, int year) {
        List<String> branches = directory.subtree(scope.id()).stream().filter(u -> u.type() == UnitType.BRANCH).map(Unit::id).toList();
        Map<String, Integer> counts = branches.isEmpty() ? new HashMap<>() : meetings.thematicCounts(branches, year);
        int meeting = (int) branches.stream().filter(b -> counts.getOrDefault(b, 0) >= requiredMeetings).count();
        return new Meetings(requiredMeetings, branches.size(), meeting, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    private String name(String unitId) {
        return directory.unit(unitId).map(Unit::name).orElse(unitId);
    }
}
