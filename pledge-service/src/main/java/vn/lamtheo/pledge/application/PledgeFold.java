package vn.lamtheo.pledge.application;

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
    private PledgeView.CopyCheck copyCheck;
    private final List<CopySource> copiedBy = new ArrayList<>();
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
        if (!PledgeEvent.SYSTEM.equals(event.actorId())) {
            updatedAt = event.at();
        }
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
            submitted(e.content(), e.findings(), e.at());
            templateVersion = e.templateVersion();
        } else if (event instanceof PledgeRevisionRequested e) {
            review = new PledgeView.Review("REVISION_REQUESTED", e.reason(), e.sectionComments(), List.of(), e.actorId(), e.at());
        } else if (event instanceof PledgeFlaggedAsCopied e) {
            review = new PledgeView.Review("FLAGGED_AS_COPIED", e.note(), java.util.Map.of(), e.sourcePledgeIds(), e.actorId(), e.at());
        } else if (event instanceof CopySuspicionDismissed) {
            if (copyCheck != null) {
                copyCheck = new PledgeView.CopyCheck(copyCheck.score(), copyCheck.suspected(), true, copyCheck.sources(), copyCheck.at());
            }
            review = null;
        } else if (event instanceof PledgeApproved) {
            review = null;
        } else if (event instanceof PledgeSelfAssessed e) {
            selfAssessment = e.text();
        } else if (event instanceof PledgeEvaluated e) {
            evaluation = new PledgeView.Evaluation(e.result(), e.note(), e.actorId(), e.at());
        } else if (event instanceof PledgeRetired e) {
            retiredReason = e.reason();
        } else if (event instanceof CopyCheckRecorded e) {
            copyCheck = new PledgeView.CopyCheck(e.score(), e.suspected(), false, e.sources(), e.at());
        } else if (event instanceof PledgeCopiedFrom e) {
            List<CopySource> sources = new ArrayList<>(copyCheck == null ? List.of() : copyCheck.sources());
            sources.removeIf(s -> s.pledgeId().equals(e.source().pledgeId()));
            sources.add(e.source());
            copyCheck = new PledgeView.CopyCheck(e.score(), e.suspected(), false, List.copyOf(sources), e.at());
        } else if (event instanceof PledgeCopiedBy e) {
            // one link per later pledge: its latest figures replace earlier ones
            copiedBy.removeIf(s -> s.pledgeId().equals(e.source().pledgeId()));
            copiedBy.add(e.source());
        }
    }

    private void submitted(PledgeContent submittedContent, List<TemplateFinding> submittedFindings, Instant at) {
        content = submittedContent;
        findings = submittedFindings == null ? List.of() : submittedFindings;
        submittedAt = at;
        copyCheck = null; // a new text: the copy check runs again
    }

    boolean isEmpty() {
        return id == null;
    }

    PledgeContent content() {
        return content;
    }

    PledgeView view() {
        return new PledgeView(id, memberId, branchId, committeeId, year, kind, templateVersion, status, version,
                content.header(), content.sections().asMap(), content.followsModelIds(), findings, review, copyCheck,
                List.copyOf(copiedBy), selfAssessment, evaluation, retiredReason, revision, createdAt, submittedAt, updatedAt);
    }
}
