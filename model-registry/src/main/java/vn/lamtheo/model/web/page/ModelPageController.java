package vn.lamtheo.model.web.page;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.Bilingual;
import vn.lamtheo.platform.web.page.Highlighter;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.model.web.page.ModelPagesBackend.Filter;
import vn.lamtheo.model.web.page.ModelPagesBackend.OverlapMatch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The registry browser, each model's page with its curation and replication actions, and the registration form. */
@PageController
@RequestMapping("/models")
class ModelPageController {

    static final List<String> STATUSES = List.of("REGISTERED", "FEATURED", "SUBMITTED", "REVISION_REQUESTED",
            "OVERLAP_FLAGGED", "DRAFT", "RETIRED");
    static final List<String> KINDS = List.of("COLLECTIVE", "INDIVIDUAL");
    static final List<String> OUTCOMES = List.of("KEEP", "FEATURE", "RETIRE");
    static final List<String> RETIRE_REASONS = List.of("INEFFECTIVE", "OUTDATED", "DUPLICATE", "MERGED", "OWNER_REQUEST");

    private final ObjectProvider<ModelPagesBackend> backends;
    private final ObjectProvider<Clock> clock;

    ModelPageController(ObjectProvider<ModelPagesBackend> backends, ObjectProvider<Clock> clock) {
        this.backends = backends;
        this.clock = clock;
    }

    @GetMapping
    String registry(@RequestParam(required = false) String field, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String unitId, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String q, Model model) {
        Actor me = PageUser.required(model).actor();
        Filter filter = new Filter(blank(field), blank(status), blank(unitId), year, blank(q));
        model.addAttribute("filter", filter);
        model.addAttribute("registry", backend().registry(me, filter));
        model.addAttribute("fields", backend().fields());
        // retired models stay findable for those who may read them, under their own status
        model.addAttribute("statuses", List.of("REGISTERED", "FEATURED", "RETIRED"));
        model.addAttribute("units", backend().unitsInScope(me));
        return "model/registry";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Actor me = PageUser.required(model).actor();
        ModelPagesBackend.Model found = backend().model(me, id);
        ModelDecisionForm decision = new ModelDecisionForm();
        decision.setVersion(found.version());
        decision.setYear(currentYear());
        return modelPage(model, me, found, decision, null);
    }

    @GetMapping("/new")
    String newModel(Model model) {
        PageUser me = PageUser.required(model);
        requireOwnerRole(me.actor());
        ModelForm form = new ModelForm();
        form.setOwnerUnitId(me.actor().unitId());
        form.setStartYear(currentYear());
        return formPage(model, me.actor(), form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        requireOwnerRole(me);
        if (form.getOwnerUnitId() == null || form.getOwnerUnitId().isBlank()) {
            form.setOwnerUnitId(me.unitId());
        }
        checkForm(form, action, binding);
        if (binding.hasErrors()) {
            return formPage(model, me, form, null);
        }
        String id;
        try {
            id = backend().draft(me, form.getOwnerUnitId(), form.content(), form.getIdempotencyKey());
        } catch (CommandRejected rejected) {
            return rejectedForm(model, me, form, null, binding, rejected);
        }
        return afterSave(id, form, action, model, binding, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor me = PageUser.required(model).actor();
        ModelPagesBackend.Model found = backend().model(me, id);
        if (!found.ownedByMe()) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Not the owner of model " + id);
        }
        return formPage(model, me, ModelForm.of(found), found);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        ModelPagesBackend.Model found = backend().model(me, id);
        form.setOwnerUnitId(found.ownerUnitId());
        checkForm(form, action, binding);
        if (binding.hasErrors()) {
            return formPage(model, me, form, found);
        }
        try {
            backend().edit(me, id, form.getVersion() == null ? found.version() : form.getVersion(), form.content(),
                    form.getIdempotencyKey() + ":edit");
        } catch (CommandRejected rejected) {
            return rejectedForm(model, me, form, found, binding, rejected);
        }
        return afterSave(id, form, action, model, binding, redirect);
    }

    private String afterSave(String id, ModelForm form, String action, Model model, BindingResult binding,
                             RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        if ("submit".equals(action)) {
            ModelPagesBackend.Model saved = backend().model(me, id);
            try {
                backend().submit(me, id, saved.version(), form.getIdempotencyKey() + ":submit");
            } catch (CommandRejected rejected) {
                form.setVersion(saved.version());
                return rejectedForm(model, me, form, saved, binding, rejected);
            }
            return done("/models/" + id, "model.flash.submitted", redirect);
        }
        return done("/models/" + id, "model.flash.saved", redirect);
    }

    /** Post-redirect-get; a form posted again with the same key gets this redirect replayed (IdempotentRequestFilter). */
    private static String done(String path, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + path;
    }

    private String rejectedForm(Model model, Actor me, ModelForm form, ModelPagesBackend.Model found, BindingResult binding,
                                CommandRejected rejected) {
        switch (rejected.reason()) {
            case INVALID -> {
                rejected.violations().forEach(v -> rejectField(binding, v.field(),
                        Bilingual.pick(v.message(), LocaleContextHolder.getLocale())));
                model.addAttribute("flashError", "model.error.invalid");
            }
            case STALE -> {
                if (found != null) {
                    form.setVersion(backend().model(me, found.id()).version());
                }
                model.addAttribute("flashError", "model.error.stale");
            }
            case WRONG_STATE, DUPLICATE -> model.addAttribute("flashError", "model.error.wrongState");
            case NOT_ALLOWED -> throw rejected;
        }
        return formPage(model, me, form, found);
    }

    /**
     * Every problem of the form at once (saving a draft needs the header, submitting the whole form), each next to
     * its field and named by the field's Vietnamese label: "Chưa điền “Mục tiêu, tiêu chí”", "Chọn “Lĩnh vực”".
     */
    private void checkForm(ModelForm form, String action, BindingResult binding) {
        for (CommandRejected.Violation v : backend().check(form.content(), "submit".equals(action))) {
            String key = key(v.field());
            String label = key.startsWith("description.") ? "model.part." + key.substring("description.".length())
                    : "model." + key;
            Object[] args = {new DefaultMessageSourceResolvable(new String[]{label}, key)};
            String path = formPath(key);
            if (path != null && binding.hasFieldErrors(path)) {
                continue; // e.g. a start year that is not a number: said once
            }
            if (key.equals("field") || key.equals("kind")) {
                binding.rejectValue(path, "model.error.chooseOne", args, null);
            } else if (key.equals("title") || key.startsWith("description.")) {
                binding.rejectValue(path, "model.error.required", args, null);
            } else {
                // the start year's range, in words with its bounds
                rejectField(binding, v.field(), Bilingual.pick(v.message(), LocaleContextHolder.getLocale()));
            }
        }
    }

    /** Violation fields are JSON paths such as {@code title} or {@code description.goals}. */
    private static void rejectField(BindingResult binding, String field, String message) {
        String path = formPath(key(field));
        if (path != null) {
            binding.rejectValue(path, "model.error.field", new Object[]{message}, message);
        } else {
            binding.reject("model.error.field", new Object[]{message}, message);
        }
    }

    private static String key(String field) {
        return field == null ? "" : field.replace("content.", "");
    }

    /** The form's property for a violation's field, or null for one the form has no field for. */
    private static String formPath(String key) {
        if (key.startsWith("description.")) {
            return "description[" + key.substring("description.".length()) + "]";
        }
        if (List.of("title", "field", "kind", "startYear", "ownerUnitId").contains(key)) {
            return key;
        }
        return ModelForm.PARTS.contains(key) ? "description[" + key + "]" : null;
    }

    // --- actions on the model page: post, then redirect back to it (post-redirect-get) ---

    @PostMapping("/{id}/submit")
    String submit(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                  RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        return act(id, me, d, b, m, r, "submit", "model.flash.submitted",
                () -> backend().submit(me, id, d.getVersion(), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                    RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        return act(id, me, d, b, m, r, "register", "model.flash.registered",
                () -> backend().register(me, id, d.getVersion(), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/feature")
    String feature(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                   RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        return act(id, me, d, b, m, r, "feature", "model.flash.featured",
                () -> backend().feature(me, id, d.getVersion(), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/request-revision")
    String requestRevision(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b,
                           Model m, RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        if (ModelDecisionForm.blankToNull(d.getReason()) == null) {
            b.rejectValue("reason", "model.error.reasonRequired");
        }
        return act(id, me, d, b, m, r, "revise", "model.flash.revisionRequested",
                () -> backend().requestRevision(me, id, d.getVersion(), d.getReason().strip(), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/flag-overlap")
    String flagOverlap(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b,
                       Model m, RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        if (ModelDecisionForm.blankToNull(d.getOverlapsWith()) == null) {
            b.rejectValue("overlapsWith", "model.error.overlapRequired");
        }
        return act(id, me, d, b, m, r, "flag", "model.flash.flagged", () -> backend().flagOverlap(me, id, d.getVersion(),
                d.getOverlapsWith().strip(), ModelDecisionForm.blankToNull(d.getNote()), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/reassess")
    String reassess(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                    RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        if (ModelDecisionForm.blankToNull(d.getEvidence()) == null) {
            b.rejectValue("evidence", "model.error.evidenceRequired");
        }
        if (d.getYear() == null) {
            b.rejectValue("year", "model.error.yearRequired");
        }
        if (!OUTCOMES.contains(d.getOutcome())) {
            b.rejectValue("outcome", "model.error.choose");
        }
        return act(id, me, d, b, m, r, "reassess", "model.flash.reassessed", () -> backend().reassess(me, id,
                d.getVersion(), d.getYear(), d.getOutcome(), d.getEvidence().strip(), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                  RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        if (!RETIRE_REASONS.contains(d.getRetireReason())) {
            b.rejectValue("retireReason", "model.error.choose");
        } else if ("MERGED".equals(d.getRetireReason()) && ModelDecisionForm.blankToNull(d.getMergedInto()) == null) {
            b.rejectValue("mergedInto", "model.error.mergedIntoRequired");
        }
        if (!b.hasErrors() && !d.isConfirmed()) {
            // Retiring takes the model out of the registry: a page of its own asks for it again (no script needed).
            ModelPagesBackend.Model found = backend().model(me, id);
            if (d.getVersion() == null) {
                d.setVersion(found.version());
            }
            m.addAttribute("model", found);
            m.addAttribute("decision", d);
            return "model/confirm-retire";
        }
        return act(id, me, d, b, m, r, "retire", "model.flash.retired", () -> backend().retire(me, id, d.getVersion(),
                d.getRetireReason(), ModelDecisionForm.blankToNull(d.getNote()),
                ModelDecisionForm.blankToNull(d.getMergedInto()), d.getIdempotencyKey()));
    }

    @PostMapping("/{id}/adoptions")
    String adopt(@PathVariable String id, @ModelAttribute("decision") ModelDecisionForm d, BindingResult b, Model m,
                 RedirectAttributes r) {
        Actor me = PageUser.required(m).actor();
        if (ModelDecisionForm.blankToNull(d.getUnitId()) == null) {
            b.rejectValue("unitId", "model.error.choose");
        }
        if (d.getYear() == null) {
            b.rejectValue("year", "model.error.yearRequired");
        }
        if (ModelDecisionForm.blankToNull(d.getResult()) == null) {
            b.rejectValue("result", "model.error.resultRequired");
        }
        return act(id, me, d, b, m, r, "adopt", "model.flash.adopted", () -> backend().recordAdoption(me, id,
                d.getUnitId(), d.getYear(), d.getResult().strip(), d.getIdempotencyKey()));
    }

    private String act(String id, Actor me, ModelDecisionForm decision, BindingResult binding, Model model,
                       RedirectAttributes redirect, String action, String flash, Runnable command) {
        ModelPagesBackend.Model found = backend().model(me, id);
        if (decision.getVersion() == null) {
            decision.setVersion(found.version());
        }
        if (binding.hasErrors()) {
            return modelPage(model, me, found, decision, action);
        }
        try {
            command.run();
        } catch (CommandRejected rejected) {
            if (rejected.reason() == CommandRejected.Reason.NOT_ALLOWED) {
                throw rejected;
            }
            rejected.violations().forEach(v -> {
                String message = Bilingual.pick(v.message(), LocaleContextHolder.getLocale());
                binding.reject("model.error.field", new Object[]{message}, message);
            });
            if (rejected.reason() != CommandRejected.Reason.INVALID) {
                model.addAttribute("flashError", rejected.reason() == CommandRejected.Reason.STALE
                        ? "model.error.stale" : "model.error.wrongState");
            }
            ModelPagesBackend.Model current = backend().model(me, id);
            decision.setVersion(current.version());
            return modelPage(model, me, current, decision, action);
        }
        return done("/models/" + id, flash, redirect);
    }

    private String modelPage(Model model, Actor me, ModelPagesBackend.Model found, ModelDecisionForm decision, String openAction) {
        model.addAttribute("model", found);
        model.addAttribute("decision", decision);
        model.addAttribute("openAction", openAction);
        model.addAttribute("parts", ModelForm.PARTS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("retireReasons", RETIRE_REASONS);
        model.addAttribute("history", backend().history(me, found.id()));
        boolean mayReadReport = found.ownedByMe() || found.curatedByMe();
        model.addAttribute("overlap", mayReadReport ? backend().overlapReport(me, found.id()).map(OverlapView::of).orElse(null) : null);
        if (found.ownedByMe()) {
            model.addAttribute("units", backend().unitsInScope(me));
        }
        return "model/model";
    }

    private String formPage(Model model, Actor me, ModelForm form, ModelPagesBackend.Model found) {
        model.addAttribute("form", form);
        model.addAttribute("model", found);
        model.addAttribute("parts", ModelForm.PARTS);
        model.addAttribute("fields", backend().fields());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("units", backend().unitsInScope(me));
        return "model/form";
    }

    private static void requireOwnerRole(Actor me) {
        if (!me.has(Role.COMMITTEE_OFFICER) && !me.has(Role.BRANCH_SECRETARY)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only a committee officer or branch secretary proposes models");
        }
    }

    private int currentYear() {
        return LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).getYear();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ModelPagesBackend backend() {
        ModelPagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            throw new NotFoundException("model pages");
        }
        return backend;
    }

    /** The overlap report with the matching passages highlighted in both texts. */
    record OverlapView(double score, List<MatchView> matches) {
        record MatchView(OverlapMatch match, List<Highlighter.Segment> model, List<Highlighter.Segment> source) {
        }

        static OverlapView of(ModelPagesBackend.OverlapReport report) {
            return new OverlapView(report.score(), report.matches().stream().map(match -> new MatchView(match,
                    Highlighter.segments(match.modelText(), match.passages().stream()
                            .map(p -> new Highlighter.Range(p.modelStart(), p.modelEnd(), 0)).toList()),
                    Highlighter.segments(match.sourceText(), match.passages().stream()
                            .map(p -> new Highlighter.Range(p.sourceStart(), p.sourceEnd(), 0)).toList()))).toList());
        }
    }
}
