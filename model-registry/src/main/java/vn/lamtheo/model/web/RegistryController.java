package vn.lamtheo.model.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.model.registry.RegistryQueries;
import vn.lamtheo.model.screening.YearlyScreening;

/** The district registry, its figures, the curator's queue, the yearly screening and the Atom feed. */
@RestController
@RequestMapping("/api")
public class RegistryController {

    private final CurrentActor currentActor;
    private final RegistryQueries queries;
    private final YearlyScreening screening;
    private final RegistryFeed feed;

    public RegistryController(CurrentActor currentActor, RegistryQueries queries, YearlyScreening screening, RegistryFeed feed) {
        this.currentActor = currentActor;
        this.queries = queries;
        this.screening = screening;
        this.feed = feed;
    }

    /** Without {@code status} the public registry (registered and featured models); {@code q} ignores diacritics. */
    @GetMapping("/registry")
    public RegistryQueries.Registry registry(@RequestParam(required = false) String field,
                                             @RequestParam(required = false) ModelStatus status,
                                             @RequestParam(required = false) String unitId,
                                             @RequestParam(required = false) Integer year,
                                             @RequestParam(required = false) String q) {
        return queries.registry(currentActor.get(), new RegistryQueries.Filter(blank(field), status, blank(unitId), year, q));
    }

    @GetMapping("/registry/curator-queue")
    public RegistryQueries.CuratorQueue curatorQueue(@RequestParam(required = false) Integer year) {
        Actor actor = requireCurator();
        return queries.curatorQueue(actor, year == null ? queries.currentYear() : year);
    }

    /** Runs the yearly screening now (it also runs on its schedule); idempotent. */
    @PostMapping("/registry/screening")
    public YearlyScreening.Result screen(@RequestParam(required = false) Integer year) {
        Actor actor = requireCurator();
        return screening.screen(actor, year == null ? queries.currentYear() : year);
    }

    @GetMapping(value = "/registry/feed.atom", produces = "application/atom+xml")
    public ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(feed.atom(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
    }

    private Actor requireCurator() {
        Actor actor = currentActor.get();
        if (!actor.has(Role.DISTRICT_CURATOR)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the curator may do this");
        }
        return actor;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
