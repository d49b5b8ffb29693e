package vn.lamtheo.supervision.recommendation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.MarkRecommendationDone;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.VerifyRecommendation;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.VerifyingVisit;
import vn.lamtheo.supervision.store.SupervisionCommands;
import vn.lamtheo.supervision.visit.VisitStatus;
import vn.lamtheo.supervision.visit.VisitViews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code GET /api/supervision/recommendations?unitId=&status=&overdueAsOf=}: the recommendations addressed to a unit
 * and the units below it (without {@code unitId}, the caller's own unit); {@code POST .../{id}/done} {evidence}: the
 * owner unit's committee officer reports one done; {@code POST .../{id}/verify} {visitId, verified, note?}: the team
 * of a later visit confirms a done one (VERIFIED) or sends it back (OPEN).
 */
@RestController
@RequestMapping("/api/supervision/recommendations")
public class RecommendationController {

    private final CurrentActor currentActor;
    private final SupervisionCommands commands;
    private final RecommendationViews views;
    private final SupervisionAccess access;
    private final Directory directory;
    private final VisitViews visits;

    public RecommendationController(CurrentActor currentActor, SupervisionCommands commands, RecommendationViews views,
                                    SupervisionAccess access, Directory directory, VisitViews visits) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.directory = directory;
        this.visits = visits;
    }

    @GetMapping
    public List<RecommendationView> list(@RequestParam(required = false) String unitId,
                                         @RequestParam(required = false) RecommendationStatus status,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate overdueAsOf) {
        return list(currentActor.get(), unitId, status, overdueAsOf);
    }

    /** The list for an actor: the API's and the page's. */
    public List<RecommendationView> list(Actor actor, String unitId, RecommendationStatus status, LocalDate overdueAsOf) {
        if (Stream.of(Role.SUPERVISOR, Role.DISTRICT_CURATOR, Role.COMMITTEE_OFFICER).noneMatch(actor::has)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Chỉ tổ giám sát, Ban Tuyên giáo và đảng ủy xã xem được kiến nghị"
                    + " / Only the supervision team, the curator and commune committees may read recommendations");
        }
        String target = unitId == null || unitId.isBlank() ? actor.unitId() : unitId;
        access.requireRecommendationReader(actor, target);
        List<String> units = directory.subtree(target).stream().map(Unit::id).toList();
        if (units.isEmpty()) {
            throw new NotFoundException("đơn vị / unit");
        }
        return views.find(units, status, overdueAsOf);
    }

    public record DoneBody(String evidence) {
    }

    @PostMapping("/{id}/done")
    public Map<String, Object> done(@PathVariable String id, @RequestBody DoneBody body) {
        commands.send(new MarkRecommendationDone(id, body.evidence(), currentActor.get()), "kiến nghị / recommendation");
        return Map.of("id", id, "status", RecommendationStatus.DONE);
    }

    public record VerifyBody(String visitId, Boolean verified, String note) {
    }

    @PostMapping("/{id}/verify")
    public Map<String, Object> verify(@PathVariable String id, @RequestBody VerifyBody body) {
        VerifyingVisit visit = body.visitId() == null ? null : visits.find(body.visitId())
                .map(v -> new VerifyingVisit(v.id(), v.unitId(), v.plannedAt(), v.status() == VisitStatus.CLOSED))
                .orElse(null);
        commands.send(new VerifyRecommendation(id, visit, body.verified(), body.note(), currentActor.get()), "kiến nghị / recommendation");
        return Map.of("id", id, "status", Boolean.TRUE.equals(body.verified()) ? RecommendationStatus.VERIFIED : RecommendationStatus.OPEN);
    }
}
