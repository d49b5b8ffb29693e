package vn.lamtheo.kernel.eventstore.wiring;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An idempotent projection: the highest count seen per tally. */
@Component
@ProcessingGroup("tally-view")
public class TallyView {

    final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @EventHandler
    void on(Tally.Counted event) {
        counts.merge(event.id(), event.count(), Math::max);
    }
}
