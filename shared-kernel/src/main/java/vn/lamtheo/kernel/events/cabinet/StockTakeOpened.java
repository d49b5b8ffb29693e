package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A stock-take (kiểm kê) began; loans are frozen until it closes. */
public record StockTakeOpened(String cabinetId, String unitId, String actorId, Instant at, String stockTakeId) implements CabinetEvent {
}
