package vn.lamtheo.supervision.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.supervision.meeting.MeetingController;
import vn.lamtheo.supervision.meeting.MeetingKind;
import vn.lamtheo.supervision.meeting.RecordMeeting;
import vn.lamtheo.supervision.store.SupervisionCommands;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A branch secretary's meetings page: the form to record a meeting of the branch, and the year's meetings. */
@PageController
public class MeetingPages {

    private final MeetingController api;
    private final SupervisionCommands commands;
    private final Directory directory;
    private final Clock clock;

    public MeetingPages(MeetingController api, SupervisionCommands commands, Directory directory, Clock clock) {
        this.api = api;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/supervision/meetings")
    public String meetings(Model model) {
        Actor me = PageUser.required(model).actor();
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        model.addAttribute("branch", directory.unit(me.unitId()).map(Unit::name).orElse(me.unitId()));
        model.addAttribute("meetings", api.list(me, me.unitId(), today.getYear()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("today", today);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "supervision/meetings";
    }

    @PostMapping("/supervision/meetings")
    public String record(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) String topic,
                         @RequestParam(required = false) Integer present, @RequestParam(required = false) Integer total,
                         @RequestParam(required = false) String summary, Model model) {
        Actor me = PageUser.required(model).actor();
        api.requireBranch(me, me.unitId());
        commands.send(new RecordMeeting(UUID.randomUUID().toString(), me.unitId(), date, kind, topic, present, total, summary, me),
                "buổi sinh hoạt / meeting");
        return "redirect:/supervision/meetings?recorded";
    }
}
