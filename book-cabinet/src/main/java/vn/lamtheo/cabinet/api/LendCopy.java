package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

import java.time.LocalDate;

/** Lend a copy; {@code dueDate} null: the configured loan period from today. */
public record LendCopy(@TargetAggregateIdentifier String cabinetId, String loanId, String copyCode, String readerId, LocalDate dueDate, Long expectedVersion, Actor actor) {
}
