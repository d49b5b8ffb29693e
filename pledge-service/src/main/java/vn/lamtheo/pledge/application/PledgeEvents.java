package vn.lamtheo.pledge.application;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;

import java.util.List;
import java.util.Optional;

/**
 * Reads a pledge's own event stream (an exact-key read in the event store). The single-pledge screens — view,
 * history, copy report — are folded from it, so they always show the pledge as the last command left it.
 */
@Component
public class PledgeEvents {

    /** One stored event of a pledge with its sequence number. */
    public record Stored(long sequence, PledgeEvent event) {
    }

    /**
     * Histories and folds start at the first event, never at a snapshot: {@code readEvents(id)} starts at the latest
     * snapshot, and with snapshots turned on a history would lose its beginning and a fold its {@code *Drafted}.
     */
    private static final long FIRST_EVENT = 0;

    private final EventStore eventStore;

    public PledgeEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<Stored> of(String pledgeId) {
        if (pledgeId == null || pledgeId.isBlank()) {
            return List.of();
        }
        return eventStore.readEvents(pledgeId, FIRST_EVENT).asStream()
                .filter(m -> m.getPayload() instanceof PledgeEvent)
                .map(m -> new Stored(((DomainEventMessage<?>) m).getSequenceNumber(), (PledgeEvent) m.getPayload()))
                .toList();
    }

    public Optional<PledgeView> view(String pledgeId) {
        PledgeFold fold = fold(pledgeId);
        return fold.isEmpty() ? Optional.empty() : Optional.of(fold.view());
    }

    public Optional<PledgeContent> content(String pledgeId) {
        PledgeFold fold = fold(pledgeId);
        return fold.isEmpty() ? Optional.empty() : Optional.of(fold.content());
    }

    public boolean exists(String pledgeId) {
        return !of(pledgeId).isEmpty();
    }

    private PledgeFold fold(String pledgeId) {
        PledgeFold fold = new PledgeFold();
        of(pledgeId).forEach(s -> fold.apply(s.event(), s.sequence()));
        return fold;
    }
}
