package vn.lamtheo.model.registry;

import org.springframework.stereotype.Service;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.model.access.ModelAccess;

/** Reads one model's screen for a person, checking they may see it (unknown and invisible both answer 404). */
@Service
public class ModelReader {

    private final ModelViews views;
    private final ModelHistory history;
    private final ModelAccess access;

    public ModelReader(ModelViews views, ModelHistory history, ModelAccess access) {
        this.views = views;
        this.history = history;
        this.access = access;
    }

    /** From the projection; a model created a moment ago and not projected yet is folded from its events. */
    public ModelView read(Actor actor, String modelId) {
        ModelView view = views.find(modelId).or(() -> history.fold(modelId)).orElseThrow(() -> new NotFoundException("model"));
        access.requireRead(actor, view.ownerUnitId, view.status);
        return view;
    }
}
