package vn.lamtheo.pledge.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.events.pledge.PledgeMilestone;
import vn.lamtheo.platform.web.page.HomePanel;
import vn.lamtheo.platform.web.page.HomePanel.Stat;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Queue;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What waits on the home page: a member's pledge for this year, a secretary's queue. */
@Component
class PledgeHomePanels implements HomePanel.Provider {

    private final ObjectProvider<PledgePagesBackend> backends;
    private final PagesClock clock;

    PledgeHomePanels(ObjectProvider<PledgePagesBackend> backends, PagesClock clock) {
        this.backends = backends;
        this.clock = clock;
    }

    @Override
    public List<HomePanel> panelsFor(PageUser user) {
        PledgePagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            return List.of();
        }
        int year = clock.currentYear();
        List<HomePanel> panels = new ArrayList<>();
        if (user.actor().has(Role.MEMBER)) {
            Optional<Summary> current = backend.myPledges(user.actor()).stream().filter(p -> p.year() == year).findFirst();
            String status = current.map(Summary::status).orElse("NOT_DRAFTED");
            String text = switch (status) {
                case "NOT_DRAFTED" -> "home.pledge.notStarted";
                case "DRAFT" -> "home.pledge.draft";
                case "REVISION_REQUESTED", "FLAGGED_AS_COPIED" -> "home.pledge.returned";
                case "SUBMITTED" -> "home.pledge.submitted";
                default -> "home.pledge.done";
            };
            String path = current.map(p -> "/pledges/" + p.id()).orElse("/pledges/mine");
            panels.add(new HomePanel(10, "home.pledge.title", text, path,
                    current.isPresent() ? "home.pledge.open" : "home.pledge.start", List.of()));
        }
        if (user.actor().has(Role.BRANCH_SECRETARY)) {
            Queue queue = backend.reviewQueue(user.actor(), user.actor().unitId(), year);
            long waiting = queue.rows().stream().filter(r -> "SUBMITTED".equals(r.status())).count();
            long notStarted = queue.rows().stream().filter(r -> "NOT_DRAFTED".equals(r.status()) || "DRAFT".equals(r.status())).count();
            long suspected = queue.rows().stream().filter(PledgePagesBackend.QueueRow::copySuspected).count();
            panels.add(new HomePanel(20, "home.review.title", "home.review.text", "/review", "home.review.open", List.of(
                    new Stat("review.queue.waiting", waiting, "/review", true),
                    new Stat("review.queue.notDrafted", notStarted, null, false),
                    new Stat("home.review.suspected", suspected, null, true))));
        }
        if (user.actor().has(Role.COMMITTEE_OFFICER)) {
            Map<String, Integer> figures = backend.communeFigures(user.actor(), user.actor().unitId(), year);
            List<Stat> stats = COMMUNE_FIGURES.stream()
                    .map(m -> new Stat("home.figures." + m.field(), figures.getOrDefault(m.field(), 0), null,
                            m == PledgeMilestone.COPY_SUSPECTED || m == PledgeMilestone.REVISION_REQUESTED))
                    .toList();
            panels.add(new HomePanel(35, "home.figures.title", "home.figures.text", null, null, stats));
        }
        return panels;
    }

    /** The commune's figures on its home page; each is labelled {@code home.figures.<field>}. */
    static final List<PledgeMilestone> COMMUNE_FIGURES = List.of(PledgeMilestone.DRAFTED, PledgeMilestone.SUBMITTED,
            PledgeMilestone.APPROVED, PledgeMilestone.REVISION_REQUESTED, PledgeMilestone.FLAGGED_AS_COPIED,
            PledgeMilestone.COPY_SUSPECTED);
}
