package vn.lamtheo.supervision.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.lamtheo.supervision.visit.VisitEvent.VisitPlanned;

/** Keeps {@link VisitView} in step with the visit's events; idempotent by the event's sequence number. */
@Component
@ProcessingGroup("supervision-visits")
public class VisitProjection {

    private final VisitViews views;

    public VisitProjection(VisitViews views) {
        this.views = views;
    }

    @EventHandler
    void on(VisitEvent event, @SequenceNumber Long sequence) {
        long seq = sequence == null ? 0 : sequence;
        VisitView view = views.find(event.visitId()).orElse(null);
        if (event instanceof VisitPlanned planned) {
            if (view == null) {
                views.save(VisitView.planned(planned, seq));
            }
        } else if (view != null && seq > view.sequence()) {
            views.save(view.apply(event, seq));
        }
    }

    @ResetHandler
    void reset() {
        views.drop();
    }
}
