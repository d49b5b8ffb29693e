package vn.lamtheo.supervision.checklist;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

import java.util.List;

/**
 * {@code GET /api/supervision/checklists}: the published templates. Anyone signed in may read them: a commune
 * prepares for a visit by knowing what will be checked.
 */
@RestController
public class ChecklistController {

    private final CurrentActor currentActor;
    private final ChecklistViews views;

    public ChecklistController(CurrentActor currentActor, ChecklistViews views) {
        this.currentActor = currentActor;
        this.views = views;
    }

    @GetMapping("/api/supervision/checklists")
    public List<ChecklistView> published() {
        currentActor.get();
        return views.published();
    }
}
