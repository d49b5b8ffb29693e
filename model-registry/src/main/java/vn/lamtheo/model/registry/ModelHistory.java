package vn.lamtheo.model.registry;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelEvent;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.store.Documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model's history is its event stream, read from the event store by aggregate (never a scan). Who may read it is
 * decided on the state the stream itself gives, so the answer never lags behind a projection.
 */
@Service
public class ModelHistory {

    /**
     * Histories and folds start at the first event, never at a snapshot: {@code readEvents(id)} starts at the latest
     * snapshot, and with snapshots turned on a history would lose its beginning and a fold its {@code *Drafted}.
     */
    private static final long FIRST_EVENT = 0;

    private final EventStore eventStore;
    private final ModelAccess access;

    public ModelHistory(EventStore eventStore, ModelAccess access) {
        this.eventStore = eventStore;
        this.access = access;
    }

    public record Entry(long sequence, String type, Instant at, String actorId, Map<String, Object> details) {
    }

    /**
     * The model's screen folded straight from its events: what a person sees in the moment between a command and
     * its projection (adopters and findings arrive with the projections).
     */
    public java.util.Optional<ModelView> fold(String modelId) {
        List<ModelEvent> events = new ArrayList<>();
        long[] last = {-1};
        eventStore.readEvents(modelId, FIRST_EVENT).asStream().forEach((DomainEventMessage<?> m) -> {
            if (m.getPayload() instanceof ModelEvent e) {
                events.add(e);
                last[0] = m.getSequenceNumber();
            }
        });
        if (events.isEmpty() || !(events.get(0) instanceof ModelDrafted drafted)) {
            return java.util.Optional.empty();
        }
        ModelView view = ModelView.drafted(drafted, null);
        view.version = 0;
        view.updatedAt = drafted.at();
        for (int i = 1; i < events.size(); i++) {
            view.apply(events.get(i), i);
        }
        view.version = last[0];
        return java.util.Optional.of(view);
    }

    @SuppressWarnings("unchecked")
    public List<Entry> read(Actor actor, String modelId) {
        List<ModelEvent> events = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        eventStore.readEvents(modelId, FIRST_EVENT).asStream().forEach((DomainEventMessage<?> m) -> {
            if (m.getPayload() instanceof ModelEvent e) {
                events.add(e);
                Map<String, Object> details = Documents.mapper().convertValue(e, Map.class);
                details.keySet().removeAll(List.of("modelId", "ownerUnitId", "actorId", "at"));
                entries.add(new Entry(m.getSequenceNumber(), e.getClass().getSimpleName(), e.at(), e.actorId(), details));
            }
        });
        if (events.isEmpty() || !(events.get(0) instanceof ModelDrafted drafted)) {
            throw new NotFoundException("model");
        }
        ModelView state = ModelView.drafted(drafted, null);
        for (int i = 1; i < events.size(); i++) {
            state.apply(events.get(i), i);
        }
        access.requireRead(actor, state.ownerUnitId, state.status);
        return entries;
    }
}
