package vn.lamtheo.supervision.recommendation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.*;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.*;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recommendation (kiến nghị) addressed to a unit after a visit. The owner unit's committee officer marks it done
 * with evidence; the supervision team sees it, and the next visit verifies it.
 */
@Aggregate
public class Recommendation {

    @AggregateIdentifier
    private String recommendationId;
    private String ownerUnitId;
    private String visitedUnitId;
    private RecommendationStatus status;

    protected Recommendation() {
        // for Axon
    }

    @CommandHandler
    public Recommendation(OpenRecommendation cmd, Clock clock) {
        apply(new RecommendationOpened(cmd.recommendationId(), cmd.ownerUnitId(), cmd.actorId(), clock.instant(),
                cmd.visitId(), cmd.visitedUnitId(), cmd.itemKey(), cmd.finding(), cmd.recommendation(), cmd.dueDate()));
    }

    @CommandHandler
    public void handle(MarkRecommendationDone cmd, SupervisionAccess access, Clock clock) {
        access.requireRecommendationAnswerer(cmd.actor(), ownerUnitId, visitedUnitId);
        if (status != RecommendationStatus.OPEN) {
            throw CommandRejected.wrongState("mark done", "recommendation", status);
        }
        if (cmd.evidence() == null || cmd.evidence().isBlank()) {
            String message = "Hãy nêu kết quả, minh chứng đã thực hiện / evidence is required";
            throw new CommandRejected(CommandRejected.Reason.INVALID, message,
                    List.of(new CommandRejected.Violation("evidence", message)));
        }
        apply(new RecommendationDone(recommendationId, ownerUnitId, cmd.actor().personId(), clock.instant(), cmd.evidence().strip()));
    }

    @EventSourcingHandler
    void on(RecommendationOpened e) {
        recommendationId = e.recommendationId();
        ownerUnitId = e.ownerUnitId();
        visitedUnitId = e.visitedUnitId();
        status = RecommendationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(RecommendationDone e) {
        status = RecommendationStatus.DONE;
    }
}
