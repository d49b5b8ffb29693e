package vn.lamtheo.kernel.events.model;

import java.time.Instant;

/**
 * The yearly re-assessment with the evidence of results for {@code year}. A FEATURE outcome is followed by
 * {@link ModelFeatured} (unless already featured), a RETIRE outcome by {@link ModelRetired} (INEFFECTIVE).
 */
public record ModelReassessed(String modelId, String ownerUnitId, String actorId, Instant at, int year,
                              ReassessmentOutcome outcome, String evidence) implements ModelEvent {
}
