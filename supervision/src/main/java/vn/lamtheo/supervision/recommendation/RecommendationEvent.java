package vn.lamtheo.supervision.recommendation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events of a recommendation (kiến nghị): identity first (recommendation, owner unit), then actor and time.
 * Internal to supervision; stored by class name, so these records do not move.
 */
public sealed interface RecommendationEvent {

    String recommendationId();

    String ownerUnitId();

    /** Opened from a visit's finding; the id is the finding's. */
    record RecommendationOpened(String recommendationId, String ownerUnitId, String actorId, Instant at, String visitId,
                                String visitedUnitId, String itemKey, String finding, String recommendation,
                                LocalDate dueDate) implements RecommendationEvent {
    }

    record RecommendationDone(String recommendationId, String ownerUnitId, String actorId, Instant at,
                              String evidence) implements RecommendationEvent {
    }

    /** Checked on a later visit and found done. */
    record RecommendationVerified(String recommendationId, String ownerUnitId, String actorId, Instant at, String visitId,
                                  String note) implements RecommendationEvent {
    }

    /** Checked on a later visit and found not done after all: open again. */
    record RecommendationReopened(String recommendationId, String ownerUnitId, String actorId, Instant at, String visitId,
                                  String note) implements RecommendationEvent {
    }
}
