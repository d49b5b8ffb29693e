package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** Set up a cabinet for a unit. */
public record OpenCabinet(@TargetAggregateIdentifier String cabinetId, String unitId, String name, String place, boolean reachable, Actor actor) {
}
