package vn.lamtheo.model.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.model.api.ScreenModel;
import vn.lamtheo.model.registry.RegistryCard;
import vn.lamtheo.model.registry.RegistryQueries;
import vn.lamtheo.model.application.ModelCommandService;

import java.util.ArrayList;
import java.util.List;

/**
 * The yearly screening: every model registered in an earlier year and not re-assessed with evidence for the year
 * is marked "carried over without results" ({@code ModelCarriedOver}), which puts it on the curator's queue until
 * it is re-assessed. Runs on a schedule ({@code lamtheo.models.screening.cron}, by default 15 January 07:00 in
 * Vietnam) and on demand by the curator; both are idempotent per model and year.
 */
@Service
public class YearlyScreening {

    private static final Logger log = LoggerFactory.getLogger(YearlyScreening.class);

    private final RegistryQueries queries;
    private final ModelCommandService commands;

    public YearlyScreening(RegistryQueries queries, ModelCommandService commands) {
        this.queries = queries;
        this.commands = commands;
    }

    public record Screened(String id, String title, String unitId, Integer registeredYear) {
    }

    public record Result(int year, List<Screened> carriedOver) {
    }

    @Scheduled(cron = "${lamtheo.models.screening.cron:0 0 7 15 1 *}", zone = "Asia/Ho_Chi_Minh")
    public void scheduled() {
        Result result = screen(null, queries.currentYear());
        log.info("Yearly screening {}: {} model(s) carried over without results", result.year(), result.carriedOver().size());
    }

    /** @param curator the curator who asked (screens the models they curate), or null for the schedule (all) */
    public Result screen(Actor curator, int year) {
        if (curator != null && !curator.has(Role.DISTRICT_CURATOR)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the curator runs the yearly screening");
        }
        String actorId = curator == null ? SystemActor.SCREENING : curator.personId();
        List<Screened> screened = new ArrayList<>();
        for (RegistryCard card : queries.screeningCandidates(curator, year)) {
            commands.send(new ScreenModel(card.id(), year, actorId));
            screened.add(new Screened(card.id(), card.title(), card.unitId(), card.registeredYear()));
        }
        return new Result(year, screened);
    }
}
