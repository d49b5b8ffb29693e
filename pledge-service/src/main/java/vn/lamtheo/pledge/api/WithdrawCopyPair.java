package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The other pledge's text submitted at {@code otherTextAt} no longer matches this one: evidence of the pair recorded
 * up to then (about its former text) goes; evidence recorded after it (about that text) stays.
 */
public record WithdrawCopyPair(@TargetAggregateIdentifier String pledgeId, String otherPledgeId, Instant otherTextAt) {
}
