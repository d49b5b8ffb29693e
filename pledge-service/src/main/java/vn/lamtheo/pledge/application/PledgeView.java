package vn.lamtheo.pledge.application;

import vn.lamtheo.kernel.events.pledge.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pledge as its screen and the API show it, folded from its event stream (always current: read your writes).
 * {@code version} is the sequence number of its last event, the value of {@code ETag} / {@code If-Match}.
 */
public record PledgeView(String id, String memberId, String branchId, String committeeId, int year,
                         TemplateKind templateKind, int templateVersion, PledgeStatus status, long version,
                         PledgeHeader header, Map<String, String> sections, List<String> followsModelIds,
                         List<TemplateFinding> findings, Review review, CopyCheck copyCheck, List<CopySource> copiedBy,
                         String selfAssessment, Evaluation evaluation, String retiredReason, int revision,
                         Instant createdAt, Instant submittedAt, Instant updatedAt) {

    /** The last review decision that returned the pledge or flagged it. */
    public record Review(String action, String reason, Map<String, String> sectionComments, List<String> sourcePledgeIds,
                         String actorId, Instant at) {
    }

    /** The copy check's last result; {@code dismissed} once a reviewer dismissed it. */
    public record CopyCheck(double score, boolean suspected, boolean dismissed, List<CopySource> sources, Instant at) {
    }

    public record Evaluation(EvaluationResult result, String note, String actorId, Instant at) {
    }

    public PledgeContent content() {
        return new PledgeContent(header, PledgeSections.fromMap(sections), followsModelIds);
    }
}
