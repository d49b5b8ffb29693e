package vn.lamtheo.pledge.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Reason;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.pledge.api.*;
import vn.lamtheo.pledge.template.PriorPledges;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One member's pledge for one year and form. Decides every transition of the lifecycle in DESIGN.md; holds only
 * what those decisions need. Who may review is decided outside (scope needs the directory); here: the owner
 * acts on their own pledge, and nobody reviews their own pledge.
 */
@Aggregate
public class Pledge {

    private static final String AGGREGATE = "pledge";

    @AggregateIdentifier
    private String pledgeId;
    private String memberId;
    private String branchId;
    private String committeeId;
    private int year;
    private TemplateKind templateKind;
    private PledgeStatus status;
    private PledgeContent content;
    private boolean everSubmitted;
    private int revisions;
    /** The copy check's figures as last recorded: some source this pledge may have copied is at the threshold. */
    private boolean copySuspected;
    /** A reviewer has acted on the current submission (without changing its status): the member may no longer withdraw it. */
    private boolean reviewedSinceSubmission;
    /** A reviewer dismissed the suspicion; a new source this pledge may have copied raises it again. */
    private boolean suspicionDismissed;
    /** The copy check's last result for the current text (null until recorded): a redelivered result is skipped. */
    private CopyCheckRecorded lastCheck;
    /** The current text's sources, one per other pledge (the pair's latest evidence), whoever's check found them. */
    private final Map<String, CopySource> sources = new java.util.HashMap<>();
    /** When each source's evidence was recorded: a revision of the other pledge withdraws only older evidence. */
    private final Map<String, Instant> sourceRecordedAt = new java.util.HashMap<>();

    protected Pledge() {
        // for Axon
    }

    @CommandHandler
    public Pledge(CreatePledge cmd, TemplateCheck check, Clock clock) {
        requireValidKey(cmd.memberId(), cmd.branchId(), cmd.year(), cmd.templateKind());
        if (!cmd.memberId().equals(cmd.actorId())) {
            throw new CommandRejected(Reason.NOT_ALLOWED, "Only the member can start their own pledge");
        }
        apply(new PledgeDrafted(cmd.pledgeId(), cmd.memberId(), cmd.branchId(), cmd.committeeId(), cmd.year(),
                cmd.templateKind(), check.rules().version(cmd.templateKind()), content(cmd.content()), cmd.actorId(),
                clock.instant()));
    }

    @CommandHandler
    public Pledge(ImportPledge cmd, TemplateCheck check, PriorPledges prior, Clock clock) {
        requireValidKey(cmd.memberId(), cmd.branchId(), cmd.year(), cmd.templateKind());
        if (cmd.status() != PledgeStatus.SUBMITTED && cmd.status() != PledgeStatus.APPROVED) {
            throw new CommandRejected(Reason.INVALID, "A pledge is imported as SUBMITTED or APPROVED, not " + cmd.status());
        }
        PledgeContent content = content(cmd.content());
        // An imported pledge is history: what breaks a hard rule is recorded for the reviewer, not refused.
        TemplateCheck.Result result = check.check(cmd.templateKind(), cmd.year(), content,
                prior.contentOf(cmd.memberId(), cmd.year() - 1, cmd.templateKind()));
        List<TemplateFinding> findings = new ArrayList<>();
        result.violations().forEach(v -> findings.add(new TemplateFinding(hardRuleOf(v.field()), v.field(), null, v.message())));
        findings.addAll(result.findings());
        apply(new PledgeImported(cmd.pledgeId(), cmd.memberId(), cmd.branchId(), cmd.committeeId(), cmd.year(),
                cmd.templateKind(), check.rules().version(cmd.templateKind()), content, cmd.status(), findings,
                cmd.submittedAt(), cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(EditPledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        requireOwner(cmd.actorId(), "edit");
        if (status != PledgeStatus.DRAFT && !status.isReturned()) {
            throw CommandRejected.wrongState("edit", AGGREGATE, status);
        }
        apply(new PledgeEdited(pledgeId, memberId, branchId, committeeId, year, templateKind, content(cmd.content()),
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(SubmitPledge cmd, TemplateCheck check, PriorPledges prior, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        requireOwner(cmd.actorId(), "submit");
        if (status != PledgeStatus.DRAFT && !status.isReturned()) {
            throw CommandRejected.wrongState("submit", AGGREGATE, status);
        }
        Optional<PledgeContent> lastYear = prior.contentOf(memberId, year - 1, templateKind);
        TemplateCheck.Result result = check.check(templateKind, year, content, lastYear);
        if (!result.passes()) {
            throw new CommandRejected(Reason.INVALID,
                    "Bản đăng ký chưa theo đúng biểu mẫu / The pledge does not follow the template", result.violations());
        }
        int version = check.rules().version(templateKind);
        Instant at = clock.instant();
        if (everSubmitted) {
            apply(new PledgeRevised(pledgeId, memberId, branchId, committeeId, year, templateKind, revisions + 1, version,
                    content, result.findings(), cmd.actorId(), at));
        } else {
            apply(new PledgeSubmitted(pledgeId, memberId, branchId, committeeId, year, templateKind, version, content,
                    result.findings(), cmd.actorId(), at));
        }
    }

    /** Back to draft, as long as no reviewer has acted on this submission (the member's second thoughts, not an escape). */
    @CommandHandler
    public void handle(WithdrawPledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        requireOwner(cmd.actorId(), "withdraw");
        requireStatus("withdraw", PledgeStatus.SUBMITTED);
        if (reviewedSinceSubmission) {
            throw new CommandRejected(Reason.WRONG_STATE,
                    "Người duyệt đã xem xét bản này, không rút lại được / a reviewer has already acted on this submission");
        }
        apply(new PledgeWithdrawn(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.actorId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ApprovePledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeopleNorNewSuspicion(unseen);
        requireReviewer(cmd.actorId(), "approve");
        requireStatus("approve", PledgeStatus.SUBMITTED);
        apply(new PledgeApproved(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.note(), cmd.actorId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RequestRevision cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeopleNorNewSuspicion(unseen);
        requireReviewer(cmd.actorId(), "request revision of");
        requireStatus("request revision of", PledgeStatus.SUBMITTED);
        if (cmd.reason() == null || cmd.reason().isBlank()) {
            throw new CommandRejected(Reason.INVALID, "A revision request needs a reason",
                    List.of(new CommandRejected.Violation("reason", "required")));
        }
        Map<String, String> comments = cmd.sectionComments() == null ? Map.of() : Map.copyOf(cmd.sectionComments());
        List<CommandRejected.Violation> unknown = comments.keySet().stream()
                .filter(k -> SectionKey.ofKey(k).isEmpty() && !TemplateCheck.DUTIES_FIELD.equals(k))
                .map(k -> new CommandRejected.Violation("sectionComments." + k, "unknown section key")).toList();
        if (!unknown.isEmpty()) {
            throw new CommandRejected(Reason.INVALID, "Comments name unknown sections", unknown);
        }
        apply(new PledgeRevisionRequested(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.reason(),
                comments, cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(FlagAsCopied cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeopleNorNewSuspicion(unseen);
        requireReviewer(cmd.actorId(), "flag as copied");
        requireStatus("flag as copied", PledgeStatus.SUBMITTED);
        List<String> sources = cmd.sourcePledgeIds() == null ? List.of() : List.copyOf(cmd.sourcePledgeIds());
        if (sources.isEmpty() || sources.contains(pledgeId)) {
            throw new CommandRejected(Reason.INVALID, "Name the pledges this one was copied from",
                    List.of(new CommandRejected.Violation("sourcePledgeIds", "one or more other pledge ids required")));
        }
        apply(new PledgeFlaggedAsCopied(pledgeId, memberId, branchId, committeeId, year, templateKind, sources, cmd.note(),
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(DismissCopySuspicion cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeopleNorNewSuspicion(unseen);
        requireReviewer(cmd.actorId(), "dismiss copy suspicion of");
        boolean suspicionToDismiss = status == PledgeStatus.SUBMITTED && copySuspected && !suspicionDismissed;
        if (!suspicionToDismiss && status != PledgeStatus.FLAGGED_AS_COPIED) {
            throw new CommandRejected(Reason.WRONG_STATE, "Cannot dismiss copy suspicion of pledge in status " + status
                    + (status == PledgeStatus.SUBMITTED ? " without a copy suspicion" : ""));
        }
        apply(new CopySuspicionDismissed(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.note(),
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(SelfAssessPledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        requireOwner(cmd.actorId(), "self-assess");
        requireStatus("self-assess", PledgeStatus.APPROVED);
        if (cmd.text() == null || cmd.text().isBlank()) {
            throw new CommandRejected(Reason.INVALID, "The self-assessment is empty",
                    List.of(new CommandRejected.Violation("text", "required")));
        }
        apply(new PledgeSelfAssessed(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.text(),
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(EvaluatePledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        requireReviewer(cmd.actorId(), "evaluate");
        requireStatus("evaluate", PledgeStatus.SELF_ASSESSED);
        if (cmd.result() == null) {
            throw new CommandRejected(Reason.INVALID, "Choose FULFILLED, PARTLY or NOT_FULFILLED",
                    List.of(new CommandRejected.Violation("result", "required")));
        }
        apply(new PledgeEvaluated(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.result(), cmd.note(),
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(RetirePledge cmd, Clock clock, ConflictResolver unseen) {
        UnseenChanges.requireNoneByPeople(unseen);
        if (status == PledgeStatus.RETIRED) {
            throw CommandRejected.wrongState("retire", AGGREGATE, status);
        }
        if (cmd.reason() == null || cmd.reason().isBlank()) {
            throw new CommandRejected(Reason.INVALID, "Retiring a pledge needs a reason",
                    List.of(new CommandRejected.Violation("reason", "required")));
        }
        apply(new PledgeRetired(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.reason(), status,
                cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordCopyCheck cmd, Clock clock) {
        List<CopySource> found = cmd.sources() == null ? List.of() : List.copyOf(cmd.sources());
        found.forEach(s -> requireSource("RecordCopyCheck", s));
        if (lastCheck != null && lastCheck.sources().equals(found)) {
            return; // the same result for the same text (a redelivery or a replay of the copy check): nothing new
        }
        CopySuspicion figures = CopySuspicion.of(found);
        apply(new CopyCheckRecorded(pledgeId, memberId, branchId, committeeId, year, templateKind, figures.score(),
                figures.suspected(), found, SystemActor.COPY_CHECK, clock.instant()));
    }

    @CommandHandler
    public void handle(RecordCopyPair cmd, Clock clock) {
        requireSource("RecordCopyPair", cmd.source());
        if (cmd.source().equals(sources.get(cmd.source().pledgeId()))) {
            return; // the same evidence again (a redelivery or a replay of the other pledge's check)
        }
        Map<String, CopySource> after = new java.util.HashMap<>(sources);
        after.put(cmd.source().pledgeId(), cmd.source());
        CopySuspicion figures = CopySuspicion.of(after.values());
        apply(new CopyPairRecorded(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.source(),
                figures.score(), figures.suspected(), SystemActor.COPY_CHECK, clock.instant()));
    }

    @CommandHandler
    public void handle(WithdrawCopyPair cmd, Clock clock) {
        Instant recorded = sourceRecordedAt.get(cmd.otherPledgeId());
        if (recorded == null || cmd.otherTextAt() == null || recorded.isAfter(cmd.otherTextAt())) {
            return; // no such pair, or its evidence is about the other pledge's current text
        }
        Map<String, CopySource> after = new java.util.HashMap<>(sources);
        after.remove(cmd.otherPledgeId());
        CopySuspicion figures = CopySuspicion.of(after.values());
        apply(new CopyPairWithdrawn(pledgeId, memberId, branchId, committeeId, year, templateKind, cmd.otherPledgeId(),
                figures.score(), figures.suspected(), SystemActor.COPY_CHECK, clock.instant()));
    }

    /** A source the copy check records names another pledge and a direction. */
    private void requireSource(String command, CopySource source) {
        if (source == null || source.pledgeId() == null || source.pledgeId().equals(pledgeId) || source.direction() == null) {
            throw new CommandRejected(Reason.INVALID, command + " needs sources naming another pledge, with a direction");
        }
    }

    // ---- decisions' helpers

    private static void requireValidKey(String memberId, String branchId, int year, TemplateKind kind) {
        List<CommandRejected.Violation> problems = new ArrayList<>();
        if (memberId == null || memberId.isBlank()) problems.add(new CommandRejected.Violation("memberId", "required"));
        if (branchId == null || branchId.isBlank()) problems.add(new CommandRejected.Violation("branchId", "required"));
        if (year < 2000 || year > 2100) problems.add(new CommandRejected.Violation("year", "must be a year such as 2026"));
        if (kind == null) problems.add(new CommandRejected.Violation("templateKind", "PARTY_MEMBER, YOUTH_UNION or ASSOCIATION"));
        if (!problems.isEmpty()) {
            throw new CommandRejected(Reason.INVALID, "The pledge's member, branch, year or form is missing", problems);
        }
    }

    private static PledgeContent content(PledgeContent content) {
        return content == null ? new PledgeContent(null, null, null) : content;
    }

    private static String hardRuleOf(String field) {
        return TemplateCheck.DUTIES_FIELD.equals(field) ? TemplateCheck.DUTIES_MISSING : TemplateCheck.SECTION_EMPTY;
    }

    private void requireOwner(String actorId, String action) {
        if (!memberId.equals(actorId)) {
            throw new CommandRejected(Reason.NOT_ALLOWED, "Only the member can " + action + " their pledge");
        }
    }

    private void requireReviewer(String actorId, String action) {
        if (memberId.equals(actorId)) {
            throw new CommandRejected(Reason.NOT_ALLOWED, "A member cannot " + action + " their own pledge");
        }
    }

    private void requireStatus(String action, PledgeStatus expected) {
        if (status != expected) {
            throw CommandRejected.wrongState(action, AGGREGATE, status);
        }
    }

    // ---- state: assignments only

    @EventSourcingHandler
    void on(PledgeDrafted e) {
        pledgeId = e.pledgeId();
        memberId = e.memberId();
        branchId = e.branchId();
        committeeId = e.committeeId();
        year = e.year();
        templateKind = e.templateKind();
        content = e.content();
        status = PledgeStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PledgeImported e) {
        newText();
        pledgeId = e.pledgeId();
        memberId = e.memberId();
        branchId = e.branchId();
        committeeId = e.committeeId();
        year = e.year();
        templateKind = e.templateKind();
        content = e.content();
        status = e.status();
        everSubmitted = true;
    }

    @EventSourcingHandler
    void on(PledgeEdited e) {
        content = e.content();
    }

    @EventSourcingHandler
    void on(PledgeSubmitted e) {
        status = PledgeStatus.SUBMITTED;
        everSubmitted = true;
        newText();
    }

    @EventSourcingHandler
    void on(PledgeRevised e) {
        status = PledgeStatus.SUBMITTED;
        revisions = e.revision();
        newText();
    }

    /** A new text: its check is to come, and the sources found for the former text are no longer its sources. */
    private void newText() {
        reviewedSinceSubmission = false;
        lastCheck = null;
        copySuspected = false;
        suspicionDismissed = false;
        sources.clear();
        sourceRecordedAt.clear();
    }

    @EventSourcingHandler
    void on(CopyCheckRecorded e) {
        lastCheck = e;
        sources.clear();
        sourceRecordedAt.clear();
        e.sources().forEach(s -> source(s, e.at()));
        copySuspected = e.suspected();
        suspicionDismissed = false;
    }

    @EventSourcingHandler
    void on(CopyPairRecorded e) {
        source(e.source(), e.at());
        copySuspected = e.suspected();
    }

    @EventSourcingHandler
    void on(CopyPairWithdrawn e) {
        sources.remove(e.otherPledgeId());
        sourceRecordedAt.remove(e.otherPledgeId());
        copySuspected = e.suspected();
    }

    @EventSourcingHandler
    void on(PledgeCopiedFrom e) {
        source(e.source(), e.at());
        copySuspected = e.suspected();
    }

    @EventSourcingHandler
    void on(PledgeCopiedBy e) {
        source(e.source(), e.at());
    }

    private void source(CopySource s, Instant at) {
        sources.put(s.pledgeId(), s);
        sourceRecordedAt.put(s.pledgeId(), at);
        if (CopySuspicion.raisedBy(s)) {
            suspicionDismissed = false;
        }
    }

    @EventSourcingHandler
    void on(CopySuspicionDismissed e) {
        status = PledgeStatus.SUBMITTED;
        suspicionDismissed = true;
        reviewedSinceSubmission = true;
    }

    /**
     * Events whose only effect on the decision state is the status they lead to (approved, revision requested,
     * flagged, self-assessed, evaluated, retired): each event names that status itself. Axon calls the most
     * specific handler, so events with a handler of their own above never reach this one.
     */
    @EventSourcingHandler
    void on(PledgeEvent e) {
        if (e.statusAfter() != null) {
            status = e.statusAfter();
        }
    }
}
