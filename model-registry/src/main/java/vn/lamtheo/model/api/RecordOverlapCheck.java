package vn.lamtheo.model.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.model.OverlapFinding;

import java.util.List;

/** Sent by the system after the similarity engine ran; no person decides here, so no Actor. */
public record RecordOverlapCheck(@TargetAggregateIdentifier String modelId, double score, List<OverlapFinding> findings,
                                 String actorId) {
}
