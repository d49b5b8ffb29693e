package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.List;

/**
 * The copy check records its result for the pledge's current text (accepted in every status; replaces every earlier
 * source): each source's direction from this pledge's point of view. The pledge works out its score and suspicion.
 */
public record RecordCopyCheck(@TargetAggregateIdentifier String pledgeId, List<CopySource> sources) {
}
