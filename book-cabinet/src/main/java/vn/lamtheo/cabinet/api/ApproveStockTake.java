package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;

/** A committee officer approves a closed stock-take: its missing copies become lost. */
public record ApproveStockTake(@TargetAggregateIdentifier String cabinetId, String stockTakeId, Long expectedVersion, Actor actor) {
}
