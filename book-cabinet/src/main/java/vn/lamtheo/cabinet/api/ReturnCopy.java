package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** A reader brought the copy back: the loan by its id, or (loanId null) the open loan of the copy with this code, as the desk scans it. */
public record ReturnCopy(@TargetAggregateIdentifier String cabinetId, String loanId, String copyCode, Long expectedVersion, Actor actor) {
}
