package vn.lamtheo.supervision.pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.supervision.recommendation.RecommendationController;
import vn.lamtheo.supervision.recommendation.RecommendationStatus;
import vn.lamtheo.supervision.recommendation.RecommendationView;
import vn.lamtheo.supervision.store.SupervisionCommands;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.MarkRecommendationDone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The recommendations addressed to the reader's unit and below, open first, overdue marked; a commune's committee
 * officer reports one done with its evidence from here. Same scope as the API.
 */
@PageController
public class RecommendationPages {

    private final RecommendationController api;
    private final SupervisionCommands commands;
    private final Directory directory;
    private final Clock clock;

    public RecommendationPages(RecommendationController api, SupervisionCommands commands, Directory directory, Clock clock) {
        this.api = api;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/supervision/recommendations")
    public String list(@RequestParam(required = false) RecommendationStatus status, Model model) {
        Actor me = PageUser.required(model).actor();
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        List<RecommendationView> shown = api.list(me, null, status, null);
        Map<String, String> names = directory.subtree(me.unitId()).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        model.addAttribute("recommendations", shown);
        model.addAttribute("names", names);
        model.addAttribute("today", today);
        model.addAttribute("status", status);
        model.addAttribute("canAnswer", me.has(Role.COMMITTEE_OFFICER));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "supervision/recommendations";
    }

    @PostMapping("/supervision/recommendations/{id}/done")
    public String done(@PathVariable String id, @RequestParam(required = false) String evidence, Model model) {
        commands.send(new MarkRecommendationDone(id, evidence, PageUser.required(model).actor()), "kiến nghị / recommendation");
        return "redirect:/supervision/recommendations?done=" + id;
    }
}
