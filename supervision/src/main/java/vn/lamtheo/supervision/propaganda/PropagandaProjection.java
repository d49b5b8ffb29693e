package vn.lamtheo.supervision.propaganda;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelEvent;
import vn.lamtheo.kernel.events.model.ModelFeatured;
import vn.lamtheo.kernel.events.model.ModelOverlapFlagged;
import vn.lamtheo.kernel.events.model.ModelRegistered;
import vn.lamtheo.kernel.events.model.ModelRetired;
import vn.lamtheo.kernel.events.model.ModelRevised;
import vn.lamtheo.kernel.events.model.ModelRevisionRequested;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.kernel.events.model.ModelSubmitted;

import java.util.Map;

/**
 * Keeps {@link PropagandaViews}: each model's owner unit and status (only a registered model is propagated, and the
 * campaign report counts the registered ones never posted), and the postings.
 */
@Component
@ProcessingGroup("supervision-propaganda")
public class PropagandaProjection {

    private final PropagandaViews views;

    public PropagandaProjection(PropagandaViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ModelEvent e) {
        views.saveModel(e.modelId(), e.ownerUnitId(), STATUS_AFTER.get(e.getClass()));
    }

    /** The status each kind of event leaves the model in; other events (edits, adoptions, …) leave it as it was. */
    private static final Map<Class<? extends ModelEvent>, ModelStatus> STATUS_AFTER = Map.of(
            ModelDrafted.class, ModelStatus.DRAFT,
            ModelSubmitted.class, ModelStatus.SUBMITTED,
            ModelRevised.class, ModelStatus.SUBMITTED,
            ModelRevisionRequested.class, ModelStatus.REVISION_REQUESTED,
            ModelOverlapFlagged.class, ModelStatus.OVERLAP_FLAGGED,
            ModelRegistered.class, ModelStatus.REGISTERED,
            ModelFeatured.class, ModelStatus.FEATURED,
            ModelRetired.class, ModelStatus.RETIRED);

    @EventHandler
    void on(ModelPosted e) {
        views.savePost(ModelPostView.of(e));
    }

    @ResetHandler
    void reset() {
        views.drop();
    }
}
