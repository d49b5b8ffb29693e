package vn.lamtheo.model.registry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelEvent;

/**
 * Keeps the model screen ({@link ModelView}) and its registry card in step with the model's events.
 * Idempotent: an event whose sequence number the view has already seen is skipped, so a redelivery or a
 * replay over existing documents changes nothing, and a reset replays into empty collections.
 *
 * <p>First in its group ({@code @Order}): the adoption projections, which see the same events after it, find the
 * model's screen and card already written.
 */
@Component
@Order(0)
@ProcessingGroup(RegistryProjection.GROUP)
public class RegistryProjection {

    /** One processing group for every model projection, so they see the events in the same order. */
    public static final String GROUP = "model-projections";

    private final ModelViews views;
    private final RegistryIndex index;
    private final CommuneResolver communes;

    public RegistryProjection(ModelViews views, RegistryIndex index, CommuneResolver communes) {
        this.views = views;
        this.index = index;
        this.communes = communes;
    }

    @EventHandler
    public void on(ModelEvent event, @SequenceNumber Long sequence) {
        long seq = sequence == null ? 0 : sequence;
        ModelView view = views.find(event.modelId()).orElse(null);
        if (event instanceof ModelDrafted drafted) {
            if (view != null) {
                return;
            }
            view = ModelView.drafted(drafted, communes.communeOf(drafted.ownerUnitId()));
            view.version = seq;
            view.updatedAt = drafted.at();
        } else {
            if (view == null || seq <= view.version) {
                return;
            }
            view.apply(event, seq);
        }
        views.save(view);
        index.save(view.partition, view.card());
    }

    @ResetHandler
    public void reset() {
        views.drop();
        index.drop();
    }
}
