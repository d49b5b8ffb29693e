package vn.lamtheo.supervision.recommendation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.*;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.*;

import vn.lamtheo.kernel.directory.Directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recommendation (kiến nghị) addressed to a unit after a visit. The owner unit's committee officer marks it done
 * with evidence; the supervision team sees it, and the team of a later visit verifies it or reopens it.
 */
@Aggregate
public class Recommendation {

    @AggregateIdentifier
    private String recommendationId;
    private String ownerUnitId;
    private String visitedUnitId;
    private RecommendationStatus status;
    private Instant openedAt;

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

    @CommandHandler
    public void handle(VerifyRecommendation cmd, SupervisionAccess access, Directory directory, Clock clock) {
        access.requireRecommendationVerifier(cmd.actor(), ownerUnitId, visitedUnitId);
        List<CommandRejected.Violation> violations = new ArrayList<>();
        VerifyingVisit visit = cmd.visit();
        if (visit == null || visit.closed() || !visit.plannedAt().isAfter(openedAt)
                || !directory.isWithin(ownerUnitId, visit.unitId())) {
            violations.add(new CommandRejected.Violation("visitId", "Hãy chọn một cuộc giám sát sau, chưa kết thúc, tại đơn vị"
                    + " có kiến nghị / choose a later open visit of a unit holding the recommendation's owner"));
        } else {
            access.requireVisitRunner(cmd.actor(), visit.unitId(), "verify a recommendation on");
        }
        if (cmd.verified() == null) {
            violations.add(new CommandRejected.Violation("verified", "Hãy chọn đã thực hiện hay chưa / verified must be true or false"));
        }
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Kết quả kiểm tra kiến nghị chưa hợp lệ / invalid verification", violations);
        }
        if (status != RecommendationStatus.DONE) {
            throw CommandRejected.wrongState("verify", "recommendation", status);
        }
        String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
        String actorId = cmd.actor().personId();
        apply(cmd.verified()
                ? new RecommendationVerified(recommendationId, ownerUnitId, actorId, clock.instant(), visit.visitId(), note)
                : new RecommendationReopened(recommendationId, ownerUnitId, actorId, clock.instant(), visit.visitId(), note));
    }

    @EventSourcingHandler
    void on(RecommendationOpened e) {
        recommendationId = e.recommendationId();
        ownerUnitId = e.ownerUnitId();
        visitedUnitId = e.visitedUnitId();
        status = RecommendationStatus.OPEN;
        openedAt = e.at();
    }

    @EventSourcingHandler
    void on(RecommendationDone e) {
        status = RecommendationStatus.DONE;
    }

    @EventSourcingHandler
    void on(RecommendationVerified e) {
        status = RecommendationStatus.VERIFIED;
    }

    @EventSourcingHandler
    void on(RecommendationReopened e) {
        status = RecommendationStatus.OPEN;
    }
}
