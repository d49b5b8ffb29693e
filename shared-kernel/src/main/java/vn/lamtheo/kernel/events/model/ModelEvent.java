package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/**
 * Every event of a model. Each carries the model, its owner unit (so consumers can scope without a lookup),
 * the person who caused it (a person id, or a {@link vn.lamtheo.kernel.events.SystemActor} for scheduled work)
 * and when it happened.
 */
public sealed interface ModelEvent permits ModelDrafted, ModelEdited, ModelSubmitted, ModelRevised,
        ModelOverlapChecked, ModelRevisionRequested, ModelOverlapFlagged, ModelRegistered, ModelFeatured,
        ModelReassessed, ModelCarriedOver, ModelRetired, ModelAdoptionRecorded {

    String modelId();

    String ownerUnitId();

    String actorId();

    Instant at();
}
