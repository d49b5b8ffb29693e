package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** The keeper declares a copy lost. */
public record DeclareCopyLost(@TargetAggregateIdentifier String cabinetId, String copyCode, String note, Long expectedVersion, Actor actor) {
}
