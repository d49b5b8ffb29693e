package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** A committee officer approves writing a copy off. */
public record WriteOffCopy(@TargetAggregateIdentifier String cabinetId, String copyCode, String note, Long expectedVersion, Actor actor) {
}
