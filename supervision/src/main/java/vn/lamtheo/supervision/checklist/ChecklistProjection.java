package vn.lamtheo.supervision.checklist;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.supervision.checklist.ChecklistEvent.*;

/** Keeps {@link ChecklistView} in step with the template's events; each handler sets a state, so a redelivery is harmless. */
@Component
@ProcessingGroup("supervision-checklists")
public class ChecklistProjection {

    private final ChecklistViews views;

    public ChecklistProjection(ChecklistViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ChecklistDrafted e) {
        views.save(new ChecklistView(e.checklistId(), e.templateKey(), e.version(), e.title(), ChecklistStatus.DRAFT, e.sections()));
    }

    @EventHandler
    void on(ChecklistEdited e) {
        views.find(e.checklistId()).ifPresent(v -> views.save(v.with(e.title(), e.sections())));
    }

    @EventHandler
    void on(ChecklistPublished e) {
        views.find(e.checklistId()).ifPresent(v -> views.save(v.with(ChecklistStatus.PUBLISHED)));
    }

    @EventHandler
    void on(ChecklistArchived e) {
        views.find(e.checklistId()).ifPresent(v -> views.save(v.with(ChecklistStatus.ARCHIVED)));
    }

    @ResetHandler
    void reset() {
        views.drop();
    }
}
