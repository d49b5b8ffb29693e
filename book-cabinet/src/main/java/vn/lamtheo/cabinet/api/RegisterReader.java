package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** Register a reader. */
public record RegisterReader(@TargetAggregateIdentifier String cabinetId, String readerId, String name, String hamlet, String phone, Long expectedVersion, Actor actor) {
}
