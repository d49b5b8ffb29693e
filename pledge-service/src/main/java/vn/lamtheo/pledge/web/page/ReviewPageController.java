package vn.lamtheo.pledge.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.Bilingual;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Pledge;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/** The branch secretary's review queue for a year and the review page with the copy report side by side. */
@PageController
@RequestMapping("/review")
class ReviewPageController {

    private final ObjectProvider<PledgePagesBackend> backends;
    private final PagesClock clock;

    ReviewPageController(ObjectProvider<PledgePagesBackend> backends, PagesClock clock) {
        this.backends = backends;
        this.clock = clock;
    }

    @GetMapping
    String queue(@RequestParam(required = false) Integer year, @RequestParam(required = false) String branchId, Model model) {
        Actor me = PageUser.required(model).actor();
        int queueYear = year == null ? clock.currentYear() : year;
        String branch = branchId == null || branchId.isBlank() ? me.unitId() : branchId;
        model.addAttribute("queue", backend().reviewQueue(me, branch, queueYear));
        model.addAttribute("year", queueYear);
        model.addAttribute("years", IntStream.rangeClosed(clock.currentYear() - 3, clock.currentYear() + 1)
                .boxed().sorted(Comparator.reverseOrder()).toList());
        return "review/queue";
    }

    @GetMapping("/{id}")
    String review(@PathVariable String id, Model model) {
        Actor me = PageUser.required(model).actor();
        Pledge pledge = backend().pledge(me, id);
        if (me.personId() != null && me.personId().equals(pledge.memberId())) {
            // The member's own page shows a copy notice only; the review page would name the other pledge.
            return "redirect:/pledges/" + id;
        }
        ReviewDecisionForm decision = new ReviewDecisionForm();
        decision.setVersion(pledge.version());
        return reviewPage(model, me, pledge, decision, null);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable String id, @ModelAttribute("decision") ReviewDecisionForm decision, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        Pledge pledge = backend().pledge(me, id);
        if (pledge.copySuspected() && !decision.isConfirmed() && pledge.reviewableByMe()) {
            // Approving what the copy check suspects is the one decision that cannot be taken back by the member:
            // a page of its own asks for it again (no script needed), with the evidence in one line.
            if (decision.getVersion() == null) {
                decision.setVersion(pledge.version());
            }
            model.addAttribute("pledge", pledge);
            model.addAttribute("decision", decision);
            model.addAttribute("copy", copyView(me, pledge));
            return "review/confirm-approve";
        }
        return decide(id, me, decision, binding, model, redirect, "approve", "pledge.flash.approved", () ->
                backend().approve(me, id, decision.getVersion(), ReviewDecisionForm.blankToNull(decision.getNote()),
                        decision.getIdempotencyKey()));
    }

    @PostMapping("/{id}/request-revision")
    String requestRevision(@PathVariable String id, @ModelAttribute("decision") ReviewDecisionForm decision,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        if (ReviewDecisionForm.blankToNull(decision.getReason()) == null) {
            binding.rejectValue("reason", "pledge.error.reasonRequired");
        }
        Map<String, String> comments = decision.nonBlankComments();
        return decide(id, me, decision, binding, model, redirect, "revise", "pledge.flash.revisionRequested", () ->
                backend().requestRevision(me, id, decision.getVersion(), decision.getReason().strip(), comments,
                        decision.getIdempotencyKey()));
    }

    @PostMapping("/{id}/flag-copied")
    String flagCopied(@PathVariable String id, @ModelAttribute("decision") ReviewDecisionForm decision,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        if (decision.getSourceIds().isEmpty()) {
            binding.rejectValue("sourceIds", "pledge.error.sourceRequired");
        }
        return decide(id, me, decision, binding, model, redirect, "flag", "pledge.flash.flagged", () ->
                backend().flagCopied(me, id, decision.getVersion(), decision.getSourceIds(),
                        ReviewDecisionForm.blankToNull(decision.getNote()), decision.getIdempotencyKey()));
    }

    @PostMapping("/{id}/dismiss-copy-suspicion")
    String dismiss(@PathVariable String id, @ModelAttribute("decision") ReviewDecisionForm decision,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor me = PageUser.required(model).actor();
        return decide(id, me, decision, binding, model, redirect, "dismiss", "pledge.flash.dismissed", () ->
                backend().dismissCopySuspicion(me, id, decision.getVersion(),
                        ReviewDecisionForm.blankToNull(decision.getNote()), decision.getIdempotencyKey()));
    }

    /** Runs a decision; on success back to the queue (post-redirect-get), otherwise the review page with the problem. */
    private String decide(String id, Actor me, ReviewDecisionForm decision, BindingResult binding, Model model,
                          RedirectAttributes redirect, String action, String flash, Runnable command) {
        Pledge pledge = backend().pledge(me, id);
        if (decision.getVersion() == null) {
            decision.setVersion(pledge.version());
        }
        if (binding.hasErrors()) {
            return reviewPage(model, me, pledge, decision, action);
        }
        try {
            command.run();
        } catch (CommandRejected rejected) {
            if (rejected.reason() == CommandRejected.Reason.NOT_ALLOWED) {
                throw rejected;
            }
            if (rejected.reason() == CommandRejected.Reason.INVALID) {
                rejected.violations().forEach(v -> {
                    String message = Bilingual.pick(v.message(), LocaleContextHolder.getLocale());
                    binding.reject("pledge.error.invalid", new Object[]{message}, message);
                });
            }
            if (rejected.reason() != CommandRejected.Reason.INVALID) {
                model.addAttribute("flashError", rejected.reason() == CommandRejected.Reason.STALE
                        ? "review.error.stale" : "pledge.error.wrongState");
            }
            Pledge current = backend().pledge(me, id);
            decision.setVersion(current.version());
            return reviewPage(model, me, current, decision, action);
        }
        String queue = "/review?year=" + pledge.year() + "&branchId=" + pledge.branchId();
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + queue;
    }

    private String reviewPage(Model model, Actor me, Pledge pledge, ReviewDecisionForm decision, String openAction) {
        model.addAttribute("pledge", pledge);
        model.addAttribute("decision", decision);
        model.addAttribute("openAction", openAction);
        model.addAttribute("sections", backend().template(pledge.templateKind(), pledge.year()));
        model.addAttribute("history", backend().history(me, pledge.id()));
        model.addAttribute("copy", copyView(me, pledge));
        model.addAttribute("queueNav", queueNav(me, pledge));
        return "review/review";
    }

    private CopyReportView copyView(Actor me, Pledge pledge) {
        return backend().copyReport(me, pledge.id())
                .map(report -> CopyReportView.of(report, pledge.content().sections())).orElse(null);
    }

    /** Where this pledge stands in its branch's queue, or null for a reviewer who does not see that queue. */
    private QueueNav queueNav(Actor me, Pledge pledge) {
        try {
            return QueueNav.of(backend().reviewQueue(me, pledge.branchId(), pledge.year()), pledge.id());
        } catch (NotFoundException | CommandRejected outOfReach) {
            return null;
        }
    }

    private PledgePagesBackend backend() {
        PledgePagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            throw new NotFoundException("pledge pages");
        }
        return backend;
    }
}
