package vn.lamtheo.supervision.recommendation;

import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationDone;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationOpened;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationReopened;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationVerified;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recommendation as the lists, the visit page and the campaign report read it. The {@code checked…} fields tell the
 * last check on a later visit (verified or reopened); a reopened one keeps its earlier evidence until it is done again.
 */
public record RecommendationView(String id, String ownerUnitId, String visitId, String visitedUnitId, String itemKey,
                                 String finding, String recommendation, LocalDate dueDate, RecommendationStatus status,
                                 Instant openedAt, String evidence, String doneBy, Instant doneAt,
                                 String checkedOnVisitId, String checkedBy, Instant checkedAt, String checkNote) {

    static RecommendationView opened(RecommendationOpened e) {
        return new RecommendationView(e.recommendationId(), e.ownerUnitId(), e.visitId(), e.visitedUnitId(), e.itemKey(),
                e.finding(), e.recommendation(), e.dueDate(), RecommendationStatus.OPEN, e.at(), null, null, null,
                null, null, null, null);
    }

    RecommendationView done(RecommendationDone e) {
        return new RecommendationView(id, ownerUnitId, visitId, visitedUnitId, itemKey, finding, recommendation, dueDate,
                RecommendationStatus.DONE, openedAt, e.evidence(), e.actorId(), e.at(),
                checkedOnVisitId, checkedBy, checkedAt, checkNote);
    }

    RecommendationView verified(RecommendationVerified e) {
        return new RecommendationView(id, ownerUnitId, visitId, visitedUnitId, itemKey, finding, recommendation, dueDate,
                RecommendationStatus.VERIFIED, openedAt, evidence, doneBy, doneAt, e.visitId(), e.actorId(), e.at(), e.note());
    }

    RecommendationView reopened(RecommendationReopened e) {
        return new RecommendationView(id, ownerUnitId, visitId, visitedUnitId, itemKey, finding, recommendation, dueDate,
                RecommendationStatus.OPEN, openedAt, evidence, doneBy, doneAt, e.visitId(), e.actorId(), e.at(), e.note());
    }

    /** Still open after its due date, as of the given day. */
    public boolean overdueOn(LocalDate day) {
        return status == RecommendationStatus.OPEN && dueDate.isBefore(day);
    }
}
