package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** A lost copy was brought back: the keeper puts it on the shelf again. */
public record ReportCopyFound(@TargetAggregateIdentifier String cabinetId, String copyCode, Long expectedVersion, Actor actor) {
}
