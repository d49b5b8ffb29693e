package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.List;

/** The copy check records its result on a pledge (accepted in every status; replaces an earlier result). */
public record RecordCopyCheck(@TargetAggregateIdentifier String pledgeId, double score, boolean suspected, List<CopySource> sources) {
}
