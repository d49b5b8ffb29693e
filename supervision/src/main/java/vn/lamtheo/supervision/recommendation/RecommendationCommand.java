package vn.lamtheo.supervision.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

import java.time.LocalDate;

/** What happens to a recommendation: opened by the policy from a finding, marked done by the owner unit. */
public sealed interface RecommendationCommand {

    record OpenRecommendation(String recommendationId, String ownerUnitId, String actorId, String visitId,
                              String visitedUnitId, String itemKey, String finding, String recommendation,
                              LocalDate dueDate) implements RecommendationCommand {
    }

    record MarkRecommendationDone(@TargetAggregateIdentifier String recommendationId, String evidence, Actor actor)
            implements RecommendationCommand {
    }
}
