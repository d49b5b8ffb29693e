package vn.lamtheo.supervision.recommendation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.OpenRecommendation;
import vn.lamtheo.supervision.store.SupervisionCommands;
import vn.lamtheo.supervision.visit.VisitEvent.FindingRecorded;

/**
 * A finding recorded on a visit opens its recommendation (same id), which from then on lives on its own: the owner
 * unit answers it long after the visit closed. Idempotent: a redelivered finding whose recommendation exists sends
 * nothing.
 */
@Component
@ProcessingGroup("supervision-recommendation-policy")
@DisallowReplay
public class RecommendationPolicy {

    private final SupervisionCommands commands;
    private final EventStore eventStore;

    public RecommendationPolicy(SupervisionCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(FindingRecorded e) {
        if (eventStore.readEvents(e.findingId()).hasNext()) {
            return;
        }
        commands.send(new OpenRecommendation(e.findingId(), e.ownerUnitId(), e.actorId(), e.visitId(), e.unitId(),
                e.itemKey(), e.text(), e.recommendation(), e.dueDate()), "kiến nghị / recommendation");
    }
}
