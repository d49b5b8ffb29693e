package vn.lamtheo.supervision.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happens to a recommendation: opened by the policy from a finding, marked done by the owner unit, verified (or
 * reopened) by the team on a later visit.
 */
public sealed interface RecommendationCommand {

    record OpenRecommendation(String recommendationId, String ownerUnitId, String actorId, String visitId,
                              String visitedUnitId, String itemKey, String finding, String recommendation,
                              LocalDate dueDate) implements RecommendationCommand {
    }

    record MarkRecommendationDone(@TargetAggregateIdentifier String recommendationId, String evidence, Actor actor)
            implements RecommendationCommand {
    }

    /**
     * The team of a later visit checks a done recommendation: {@code verified} true closes it for good, false sends it
     * back to OPEN. {@code visit} is the visit it is checked on as the caller named it, null when there is no such visit.
     */
    record VerifyRecommendation(@TargetAggregateIdentifier String recommendationId, VerifyingVisit visit, Boolean verified,
                                String note, Actor actor) implements RecommendationCommand {
    }

    /** What the recommendation needs to know of the visit it is verified on. */
    record VerifyingVisit(String visitId, String unitId, Instant plannedAt, boolean closed) {
    }
}
