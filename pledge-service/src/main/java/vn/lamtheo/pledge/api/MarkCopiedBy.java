package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.*;


/** The copy check tells an earlier pledge that a later one copies it (source.direction COPIED_BY). */
public record MarkCopiedBy(@TargetAggregateIdentifier String pledgeId, CopySource source) {
}
