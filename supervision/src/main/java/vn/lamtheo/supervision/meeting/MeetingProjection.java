package vn.lamtheo.supervision.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Writes {@link MeetingView}; a meeting is written whole from its one event, so a redelivery is harmless. */
@Component
@ProcessingGroup("supervision-meetings")
public class MeetingProjection {

    private final MeetingViews views;

    public MeetingProjection(MeetingViews views) {
        this.views = views;
    }

    @EventHandler
    void on(MeetingRecorded e) {
        views.save(MeetingView.of(e));
    }

    @ResetHandler
    void reset() {
        views.drop();
    }
}
