package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

import java.util.List;

/** Codes counted (typed or scanned), on a shelf when given. */
public record CountCopies(@TargetAggregateIdentifier String cabinetId, String stockTakeId, List<String> codes, String shelf, Long expectedVersion, Actor actor) {
}
