package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** Close the stock-take and list found, missing, misplaced and unknown codes. */
public record CloseStockTake(@TargetAggregateIdentifier String cabinetId, String stockTakeId, Long expectedVersion, Actor actor) {
}
