package vn.lamtheo.pledge.web.page;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.Bilingual;
import vn.lamtheo.platform.web.page.FollowableModels;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.pledge.print.PledgePrint;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Pledge;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Summary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Bản đăng ký của tôi": the member's pledges, the pledge form, submit, status, history and the reviewer's comments. */
@PageController
@RequestMapping("/pledges")
class MyPledgePageController {

    static final List<String> TEMPLATE_KINDS = List.of("PARTY_MEMBER", "YOUTH_UNION", "ASSOCIATION");

    private final ObjectProvider<PledgePagesBackend> backends;
    private final PagesClock clock;
    private final ObjectProvider<FollowableModels> followableModels;
    private final ObjectProvider<PledgePrint> print;

    MyPledgePageController(ObjectProvider<PledgePagesBackend> backends, PagesClock clock,
                           ObjectProvider<FollowableModels> followableModels, ObjectProvider<PledgePrint> print) {
        this.backends = backends;
        this.print = print;
        this.clock = clock;
        this.followableModels = followableModels;
    }

    @GetMapping
    String index() {
        return "redirect:/pledges/mine";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        Actor me = PageUser.required(model).actor();
        List<Summary> pledges = backend().myPledges(me).stream()
                .sorted(Comparator.comparingInt(Summary::year).reversed()).toList();
        int year = clock.currentYear();
        model.addAttribute("pledges", pledges);
        model.addAttribute("currentYear", year);
        model.addAttribute("templateKinds", TEMPLATE_KINDS);
        model.addAttribute("hasCurrent", pledges.stream().anyMatch(p -> p.year() == year));
        return "pledge/mine";
    }

    @GetMapping("/new")
    String newPledge(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "PARTY_MEMBER") String kind,
                     @RequestParam(defaultValue = "false") boolean carry, Model model) {
        PageUser me = PageUser.required(model);
        int pledgeYear = year == null ? clock.currentYear() : year;
        String templateKind = TEMPLATE_KINDS.contains(kind) ? kind : "PARTY_MEMBER";
        Optional<Summary> existing = find(me.actor(), pledgeYear, templateKind);
        if (existing.isPresent()) {
            return "redirect:/pledges/" + existing.get().id();
        }
        PledgeForm form = new PledgeForm();
        form.setYear(pledgeYear);
        form.setTemplateKind(templateKind);
        form.setFullName(me.fullName());
        if (carry) {
            carryShortcomings(me.actor(), form);
        }
        return formPage(model, me.actor(), form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PledgeForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        if (form.getYear() == null || !TEMPLATE_KINDS.contains(form.getTemplateKind())) {
            throw new NotFoundException("template");
        }
        if (binding.hasErrors()) {
            return formPage(model, me, form, null);
        }
        String id;
        try {
            id = backend().draft(me, form.getYear(), form.getTemplateKind(), form.content(), form.getIdempotencyKey());
        } catch (CommandRejected rejected) {
            if (rejected.reason() == CommandRejected.Reason.DUPLICATE) {
                // A pledge for this year and form exists already (another tab): open it rather than lose the text.
                return find(me, form.getYear(), form.getTemplateKind())
                        .map(s -> "redirect:/pledges/" + s.id()).orElseThrow(() -> rejected);
            }
            return rejectedForm(model, me, form, null, binding, rejected);
        }
        return afterSave(id, form, action, model, binding, redirect);
    }

    /** The printable pledge with the page's session (the API's twin needs HTTP Basic). */
    @GetMapping("/{id}/print.pdf")
    ResponseEntity<byte[]> print(@PathVariable String id, Model model) {
        PledgePrint printer = print.getIfAvailable();
        if (printer == null) {
            throw new NotFoundException("pledge print");
        }
        return printer.response(PageUser.required(model).actor(), id);
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "false") boolean carry, Model model) {
        Actor me = PageUser.required(model).actor();
        Pledge pledge = backend().pledge(me, id);
        if (pledge.editableByMe()) {
            PledgeForm form = PledgeForm.of(pledge);
            if (carry) {
                carryShortcomings(me, form);
            }
            return formPage(model, me, form, pledge);
        }
        return viewPage(model, me, pledge);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") PledgeForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        Pledge pledge = backend().pledge(me, id);
        form.setYear(pledge.year());
        form.setTemplateKind(pledge.templateKind());
        if (!pledge.editableByMe()) {
            throw new CommandRejected(CommandRejected.Reason.WRONG_STATE, "Cannot edit pledge in status " + pledge.status());
        }
        if (binding.hasErrors()) {
            return formPage(model, me, form, pledge);
        }
        long version = form.getVersion() == null ? pledge.version() : form.getVersion();
        try {
            backend().edit(me, id, version, form.content(), form.getIdempotencyKey() + ":edit");
        } catch (CommandRejected rejected) {
            return rejectedForm(model, me, form, pledge, binding, rejected);
        }
        return afterSave(id, form, action, model, binding, redirect);
    }

    /** The member takes back their submission (nobody has reviewed it yet): back to the editable draft. */
    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String idempotencyKey, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        Pledge pledge = backend().pledge(me, id);
        try {
            backend().withdraw(me, id, version == null ? pledge.version() : version, idempotencyKey);
        } catch (CommandRejected rejected) {
            if (rejected.reason() == CommandRejected.Reason.NOT_ALLOWED) {
                throw rejected;
            }
            redirect.addFlashAttribute("flashError", "pledge.error.notWithdrawable");
            return "redirect:/pledges/" + id;
        }
        return done("/pledges/" + id, "pledge.flash.withdrawn", redirect);
    }

    /** After the content is stored: stop there (save) or submit, showing the template check's problems at their sections. */
    private String afterSave(String id, PledgeForm form, String action, Model model, BindingResult binding,
                             RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        Pledge saved = backend().pledge(me, id);
        if ("submit".equals(action)) {
            try {
                backend().submit(me, id, saved.version(), form.getIdempotencyKey() + ":submit");
            } catch (CommandRejected rejected) {
                form.setVersion(saved.version());
                return rejectedForm(model, me, form, saved, binding, rejected);
            }
            return done("/pledges/" + id, "pledge.flash.submitted", redirect);
        }
        return done("/pledges/" + id, "pledge.flash.saved", redirect);
    }

    /** Post-redirect-get; a form posted again with the same key gets this redirect replayed (IdempotentRequestFilter). */
    private static String done(String path, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + path;
    }

    private String rejectedForm(Model model, Actor me, PledgeForm form, Pledge pledge, BindingResult binding,
                                CommandRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        switch (rejected.reason()) {
            case INVALID -> {
                for (CommandRejected.Violation violation : rejected.violations()) {
                    FormErrors.reject(binding, violation.field(), Bilingual.pick(violation.message(), locale));
                }
                if (rejected.violations().isEmpty()) {
                    binding.reject("pledge.error.invalid");
                }
                model.addAttribute("flashError", "pledge.error.submitRejected");
            }
            case STALE -> {
                // Someone (another tab) saved in between: keep this text, take the new version, let them decide.
                if (pledge != null) {
                    form.setVersion(backend().pledge(me, pledge.id()).version());
                }
                model.addAttribute("flashError", "pledge.error.stale");
            }
            case WRONG_STATE, DUPLICATE -> model.addAttribute("flashError", "pledge.error.wrongState");
            case NOT_ALLOWED -> throw rejected;
        }
        return formPage(model, me, form, pledge);
    }

    private String formPage(Model model, Actor me, PledgeForm form, Pledge pledge) {
        model.addAttribute("form", form);
        model.addAttribute("pledge", pledge);
        model.addAttribute("sections", backend().template(form.getTemplateKind(), form.getYear()));
        model.addAttribute("lastYear", find(me, form.getYear() - 1, form.getTemplateKind()).orElse(null));
        FollowableModels models = followableModels.getIfAvailable();
        model.addAttribute("modelChoices", models == null ? Map.of() : models.choices(me));
        if (pledge != null) {
            model.addAttribute("history", backend().history(me, pledge.id()));
        }
        return "pledge/pledge";
    }

    private String viewPage(Model model, Actor me, Pledge pledge) {
        model.addAttribute("pledge", pledge);
        // offered on the member's own submitted pledge; the pledge itself refuses once a reviewer has acted on it
        model.addAttribute("withdrawable", "SUBMITTED".equals(pledge.status()) && pledge.memberId().equals(me.personId()));
        model.addAttribute("sections", backend().template(pledge.templateKind(), pledge.year()));
        model.addAttribute("lastYear", find(me, pledge.year() - 1, pledge.templateKind()).orElse(null));
        model.addAttribute("history", backend().history(me, pledge.id()));
        FollowableModels models = followableModels.getIfAvailable();
        model.addAttribute("modelChoices", models == null ? Map.of() : models.choices(me));
        return "pledge/pledge";
    }

    /** Last year's shortcomings become the starting point of this year's "hạn chế, khuyết điểm năm trước". */
    private void carryShortcomings(Actor me, PledgeForm form) {
        find(me, form.getYear() - 1, form.getTemplateKind()).ifPresent(last -> {
            String text = backend().pledge(me, last.id()).content().sections().get(SHORTCOMINGS);
            String current = form.getSections().getOrDefault(SHORTCOMINGS, "");
            if (current == null) {
                current = "";
            }
            // Carried once: following the link again (or reloading it) must not repeat last year's text.
            if (text != null && !text.isBlank() && !current.contains(text.strip())) {
                form.getSections().put(SHORTCOMINGS, current.isBlank() ? text : current + "\n" + text);
            }
        });
    }

    static final String SHORTCOMINGS = "hanCheKhuyetDiemNamTruoc";

    private Optional<Summary> find(Actor me, int year, String kind) {
        return backend().myPledges(me).stream()
                .filter(p -> p.year() == year && p.templateKind().equals(kind) && !"RETIRED".equals(p.status()))
                .findFirst();
    }

    private PledgePagesBackend backend() {
        PledgePagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            throw new NotFoundException("pledge pages");
        }
        return backend;
    }
}
