package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.CopySource;

/**
 * The copy check of another pledge found this one: the pair's latest evidence seen from this pledge (the source names
 * the other pledge, its direction is from this pledge's point of view).
 */
public record RecordCopyPair(@TargetAggregateIdentifier String pledgeId, CopySource source) {
}
