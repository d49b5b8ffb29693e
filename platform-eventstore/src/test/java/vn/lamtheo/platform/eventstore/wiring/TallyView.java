package vn.lamtheo.platform.eventstore.wiring;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** An idempotent projection: the highest count seen per tally. */
@Component
@ProcessingGroup("tally-view")
public class TallyView {

    final Map<String, Integer> counts = new ConcurrentHashMap<>();
    /** While set, events of tallies whose id starts with "poison" fail, as a handler with a defect would. */
    final AtomicBoolean poisonFails = new AtomicBoolean();

    @EventHandler
    void on(Tally.Counted event) {
        if (poisonFails.get() && event.id().startsWith("poison")) {
            throw new IllegalStateException("a defect in the projection");
        }
        counts.merge(event.id(), event.count(), Math::max);
    }

    @EventHandler
    void on(Tally.NoteWritten event) {
        if (poisonFails.get() && event.id().startsWith("poison")) {
            throw new IllegalStateException("a defect in the projection");
        }
    }
}
