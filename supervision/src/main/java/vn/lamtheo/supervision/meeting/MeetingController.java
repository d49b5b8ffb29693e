package vn.lamtheo.supervision.meeting;

import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.HandlerMapping;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.store.SupervisionCommands;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A branch's meetings: {@code POST /api/units/{branchId}/meetings} (its secretary) and
 * {@code GET /api/units/{branchId}/meetings?year=} (the secretary and everyone above who supervises it).
 * A unit the caller cannot reach, or one that is not a branch, is not found.
 *
 * <p>Unit ids are paths ({@code cau-ngang/nhi-truong/ap-la-bang-chop}) and arrive with their slashes, which a
 * {@code {branchId}} variable (one segment) cannot hold, so the route takes the rest of the path and reads the id
 * between {@code /api/units/} and {@code /meetings}.
 */
@RestController
public class MeetingController {

    private static final String PREFIX = "/api/units/";
    private static final String SUFFIX = "/meetings";

    private final CurrentActor currentActor;
    private final SupervisionCommands commands;
    private final MeetingViews views;
    private final SupervisionAccess access;
    private final Directory directory;
    private final Clock clock;

    public MeetingController(CurrentActor currentActor, SupervisionCommands commands, MeetingViews views,
                             SupervisionAccess access, Directory directory, Clock clock) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    public record MeetingBody(LocalDate date, MeetingKind kind, String topic, Integer present, Integer total, String summary) {
    }

    @PostMapping(PREFIX + "**")
    public ResponseEntity<Map<String, String>> record(HttpServletRequest request, @RequestBody MeetingBody body) {
        String branchId = branchOf(request);
        Actor actor = currentActor.get();
        requireBranch(actor, branchId);
        String id = UUID.randomUUID().toString();
        commands.send(new RecordMeeting(id, branchId, body.date(), body.kind(), body.topic(), body.present(), body.total(),
                body.summary(), actor), "buổi sinh hoạt / meeting");
        return ResponseEntity.created(URI.create("/api/units/" + branchId + "/meetings/" + id)).body(Map.of("id", id));
    }

    @GetMapping(PREFIX + "**")
    public List<MeetingView> list(HttpServletRequest request, @RequestParam(required = false) Integer year) {
        return list(currentActor.get(), branchOf(request), year == null ? clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year);
    }

    /** The meetings of a branch in a year, for an actor who may read them: the API's and the page's. */
    public List<MeetingView> list(Actor actor, String branchId, int year) {
        requireBranch(actor, branchId);
        return views.of(branchId, year);
    }

    private static String branchOf(HttpServletRequest request) {
        String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX) || path.length() <= PREFIX.length() + SUFFIX.length()) {
            throw new NotFoundException("đường dẫn " + PREFIX + "… / route");
        }
        return path.substring(PREFIX.length(), path.length() - SUFFIX.length());
    }

    /** 404 unless the actor reaches the unit as a reader of its meetings and the unit is a branch. */
    public void requireBranch(Actor actor, String branchId) {
        access.requireMeetingReader(actor, branchId);
        if (directory.unit(branchId).filter(u -> u.type() == UnitType.BRANCH).isEmpty()) {
            throw new NotFoundException("chi bộ / branch");
        }
    }
}
