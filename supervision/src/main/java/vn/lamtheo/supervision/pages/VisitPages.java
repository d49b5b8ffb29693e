package vn.lamtheo.supervision.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.page.NavItem;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.supervision.campaign.CampaignFiles;
import vn.lamtheo.supervision.checklist.ChecklistViews;
import vn.lamtheo.supervision.store.SupervisionCommands;
import vn.lamtheo.supervision.visit.VisitCommand.CloseVisit;
import vn.lamtheo.supervision.visit.VisitCommand.PlanVisit;
import vn.lamtheo.supervision.visit.VisitCommand.RecordAnswer;
import vn.lamtheo.supervision.visit.VisitCommand.RecordFinding;
import vn.lamtheo.supervision.visit.VisitReader;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The supervision team's pages: the year's visits with the plan form and the campaign report's downloads, and the
 * visit page, made for a phone: each answer is saved as it is entered (the page's script posts it; an unchanged
 * answer sent again records nothing). Same commands and scope checks as the API.
 */
@PageController
public class VisitPages {

    private static final String VISIT = "cuộc giám sát / visit";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SupervisionCommands commands;
    private final VisitReader reader;
    private final ChecklistViews checklists;
    private final CampaignFiles files;
    private final Directory directory;
    private final Clock clock;

    public VisitPages(SupervisionCommands commands, VisitReader reader, ChecklistViews checklists, CampaignFiles files,
                      Directory directory, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.checklists = checklists;
        this.files = files;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/supervision/visits")
    public String visits(@RequestParam(required = false) Integer year, Model model) {
        Actor me = PageUser.required(model).actor();
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        int shown = year == null ? today.getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("today", today);
        model.addAttribute("visits", reader.list(me, shown));
        model.addAttribute("canPlan", me.has(Role.SUPERVISOR));
        model.addAttribute("units", directory.children(me.unitId()));
        model.addAttribute("checklists", checklists.published());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "supervision/visits";
    }

    @PostMapping("/supervision/visits")
    public String plan(@RequestParam String unitId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @RequestParam String checklistId, Model model) {
        String id = UUID.randomUUID().toString();
        commands.send(new PlanVisit(id, unitId, date, checklists.find(checklistId).orElse(null),
                PageUser.required(model).actor()), VISIT);
        return "redirect:/supervision/visits/" + id;
    }

    @GetMapping("/supervision/visits/{id}")
    public String visit(@PathVariable String id, Model model) {
        Actor me = PageUser.required(model).actor();
        VisitReader.VisitDetails visit = reader.read(me, id);
        model.addAttribute("visit", visit);
        model.addAttribute("isLead", me.personId().equals(visit.leadId()));
        model.addAttribute("canRun", me.has(Role.SUPERVISOR));
        model.addAttribute("ownerUnits", directory.subtree(visit.unitId()));
        model.addAttribute("today", clock.instant().atZone(VIETNAM).toLocalDate());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "supervision/visit";
    }

    /** The page's script saves one answer; the answer is the JSON of what was stored. */
    @PostMapping("/supervision/visits/{id}/answers")
    @ResponseBody
    public Map<String, String> answer(@PathVariable String id, @RequestParam String itemKey,
                                      @RequestParam(required = false) String value,
                                      @RequestParam(required = false) String note, Model model) {
        commands.send(new RecordAnswer(id, itemKey, value, note, PageUser.required(model).actor()), VISIT);
        return Map.of("itemKey", itemKey, "saved", "true");
    }

    @PostMapping("/supervision/visits/{id}/findings")
    public String finding(@PathVariable String id, @RequestParam String itemKey, @RequestParam String text,
                          @RequestParam String recommendation, @RequestParam String ownerUnitId,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Model model) {
        commands.send(new RecordFinding(id, UUID.randomUUID().toString(), itemKey, text, recommendation, ownerUnitId, dueDate,
                PageUser.required(model).actor()), VISIT);
        return "redirect:/supervision/visits/" + id + "#findings";
    }

    @PostMapping("/supervision/visits/{id}/close")
    public String close(@PathVariable String id, Model model) {
        commands.send(new CloseVisit(id, PageUser.required(model).actor()), VISIT);
        return "redirect:/supervision/visits/" + id + "?closed";
    }

    /** The campaign report's download buttons: the page's address, since the API takes HTTP Basic only. */
    @GetMapping("/supervision/report.{extension:xlsx|pdf|docx}")
    public ResponseEntity<byte[]> report(@PathVariable String extension, @RequestParam(required = false) Integer year, Model model) {
        return files.download(PageUser.required(model).actor(), year, extension);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem supervisionVisitsNav() {
            return new NavItem(61, "/supervision/visits", "nav.visits", Set.of(Role.SUPERVISOR, Role.DISTRICT_CURATOR));
        }

        @Bean
        NavItem supervisionRecommendationsNav() {
            return new NavItem(62, "/supervision/recommendations", "nav.recommendations",
                    Set.of(Role.SUPERVISOR, Role.DISTRICT_CURATOR, Role.COMMITTEE_OFFICER));
        }

        @Bean
        NavItem branchMeetingsNav() {
            return new NavItem(63, "/supervision/meetings", "nav.meetings", Set.of(Role.BRANCH_SECRETARY));
        }
    }
}
