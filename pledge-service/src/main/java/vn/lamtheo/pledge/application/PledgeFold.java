package vn.lamtheo.pledge.application;

import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.events.UnhandledEvent;
import vn.lamtheo.kernel.events.pledge.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds a pledge's events, in order, into its {@link PledgeView}. */
final class PledgeFold {

    private String id, memberId, branchId, committeeId;
    private int year, templateVersion, revision;
    private TemplateKind kind;
    private PledgeStatus status;
    private long version = -1;
    private PledgeContent content = new PledgeContent(null, null, null);
    private List<TemplateFinding> findings = List.of();
    private PledgeView.Review review;
    /** The current text's sources, one per other pledge, whoever's check found them (see {@link #copySources}). */
    private final java.util.Map<String, CopySource> copySources = new java.util.HashMap<>();
    private boolean copyChecked, copySuspected, copyDismissed;
    private double copyScore;
    private Instant copyAt;
    private String selfAssessment, retiredReason;
    private PledgeView.Evaluation evaluation;
    private Instant createdAt, submittedAt, updatedAt;

    void apply(PledgeEvent event, long sequence) {
        version = sequence;
        if (id == null) {
            id = event.pledgeId();
            memberId = event.memberId();
            branchId = event.branchId();
            committeeId = event.committeeId();
            year = event.year();
            kind = event.templateKind();
            createdAt = event.at();
        }
        if (event.statusAfter() != null) {
            status = event.statusAfter();
        }
        if (!SystemActor.is(event.actorId())) {
            updatedAt = event.at();
        }
        // Java 17 has no pattern switch: every permitted event has a branch, and PledgeEventHandlingTest checks it.
        if (event instanceof PledgeDrafted e) {
            content = e.content();
            templateVersion = e.templateVersion();
        } else if (event instanceof PledgeEdited e) {
            content = e.content();
        } else if (event instanceof PledgeSubmitted e) {
            submitted(e.content(), e.findings(), e.at());
            templateVersion = e.templateVersion();
        } else if (event instanceof PledgeRevised e) {
            submitted(e.content(), e.findings(), e.at());
            templateVersion = e.templateVersion();
            revision = e.revision();
        } else if (event instanceof PledgeImported e) {
            submitted(e.content(), e.findings(), e.submittedAt() == null ? e.at() : e.submittedAt());
            templateVersion = e.templateVersion();
        } else if (event instanceof PledgeRevisionRequested e) {
            review = new PledgeView.Review("REVISION_REQUESTED", e.reason(), e.sectionComments(), List.of(), e.actorId(), e.at());
        } else if (event instanceof PledgeFlaggedAsCopied e) {
            review = new PledgeView.Review("FLAGGED_AS_COPIED", e.note(), java.util.Map.of(), e.sourcePledgeIds(), e.actorId(), e.at());
        } else if (event instanceof CopySuspicionDismissed) {
            copyDismissed = true;
            review = null;
        } else if (event instanceof PledgeApproved) {
            review = null;
        } else if (event instanceof PledgeWithdrawn) {
            // a draft again (statusAfter, above); the text and the first submission's time stay, since the copy
            // check's direction counts from the first submission
        } else if (event instanceof PledgeSelfAssessed e) {
            selfAssessment = e.text();
        } else if (event instanceof PledgeEvaluated e) {
            evaluation = new PledgeView.Evaluation(e.result(), e.note(), e.actorId(), e.at());
        } else if (event instanceof PledgeRetired e) {
            retiredReason = e.reason();
        } else if (event instanceof CopyCheckRecorded e) {
            copySources.clear();
            e.sources().forEach(this::copySource);
            copyFigures(e.score(), e.suspected(), e.at());
            copyChecked = true;
        } else if (event instanceof CopyPairRecorded e) {
            copySource(e.source());
            copyFigures(e.score(), e.suspected(), e.at());
        } else if (event instanceof CopyPairWithdrawn e) {
            copySources.remove(e.otherPledgeId());
            copyFigures(e.score(), e.suspected(), e.at());
        } else if (event instanceof PledgeCopiedFrom e) {
            copySource(e.source());
            copyFigures(e.score(), e.suspected(), e.at());
        } else if (event instanceof PledgeCopiedBy e) {
            copySource(e.source());
        } else {
            throw new UnhandledEvent(PledgeFold.class, event);
        }
    }

    /** One source per other pledge: the pair's latest evidence replaces earlier evidence; a new suspicion reopens. */
    private void copySource(CopySource source) {
        copySources.put(source.pledgeId(), source);
        if (CopySuspicion.raisedBy(source)) {
            copyDismissed = false;
        }
    }

    private void copyFigures(double score, boolean suspected, Instant at) {
        copyScore = score;
        copySuspected = suspected;
        copyAt = at;
    }

    private void submitted(PledgeContent submittedContent, List<TemplateFinding> submittedFindings, Instant at) {
        content = submittedContent;
        findings = submittedFindings == null ? List.of() : submittedFindings;
        if (submittedAt == null) {
            submittedAt = at; // the first submission: a revision keeps it
        }
        // a new text: the copy check runs again, and finds again what still matches
        copySources.clear();
        copyChecked = copySuspected = copyDismissed = false;
        copyScore = 0;
        copyAt = null;
    }

    boolean isEmpty() {
        return id == null;
    }

    PledgeContent content() {
        return content;
    }

    PledgeView view() {
        List<CopySource> sources = copySources.values().stream().sorted(CopySourceOrder.BEST_FIRST).toList();
        // No result until this text's own check ran: its report is PENDING, whatever other checks recorded meanwhile.
        PledgeView.CopyCheck copyCheck = copyChecked
                ? new PledgeView.CopyCheck(copyScore, copySuspected, copyDismissed, sources, copyAt) : null;
        return new PledgeView(id, memberId, branchId, committeeId, year, kind, templateVersion, status, version,
                content.header(), content.sections().asMap(), content.followsModelIds(), findings, review, copyCheck,
                sources.stream().filter(s -> s.direction() == CopyDirection.COPIED_BY).toList(), selfAssessment, evaluation, retiredReason, revision, createdAt, submittedAt, updatedAt);
    }
}
