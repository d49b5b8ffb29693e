package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** Renew a loan (once). */
public record RenewLoan(@TargetAggregateIdentifier String cabinetId, String loanId, Long expectedVersion, Actor actor) {
}
