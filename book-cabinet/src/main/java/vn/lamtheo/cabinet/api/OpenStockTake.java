package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** Begin a stock-take. */
public record OpenStockTake(@TargetAggregateIdentifier String cabinetId, String stockTakeId, Long expectedVersion, Actor actor) {
}
