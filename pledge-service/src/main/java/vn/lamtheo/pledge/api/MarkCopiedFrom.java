package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.kernel.events.pledge.CopySource;

/**
 * The copy check tells a pledge that it copies one of an earlier year which was checked after it (source.direction
 * COPIED_FROM): the later check found the pair, and only the later year can be the copy.
 */
public record MarkCopiedFrom(@TargetAggregateIdentifier String pledgeId, CopySource source) {
}
