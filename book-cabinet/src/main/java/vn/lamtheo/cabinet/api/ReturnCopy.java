package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** A reader brought the copy back. */
public record ReturnCopy(@TargetAggregateIdentifier String cabinetId, String loanId, Long expectedVersion, Actor actor) {
}
