package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Part of the yearly screening: marks the model "carried over without results" for {@code year} when it was
 * registered earlier and not re-assessed for that year; otherwise does nothing. The screening service checks
 * who may run it (the curator, or the schedule).
 */
public record ScreenModel(@TargetAggregateIdentifier String modelId, int year, String actorId) {
}
