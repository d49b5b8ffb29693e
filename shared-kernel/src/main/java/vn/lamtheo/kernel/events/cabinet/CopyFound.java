package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A lost copy turned up again (counted in a stock-take, or brought back and reported by the keeper) and is available. */
public record CopyFound(String cabinetId, String unitId, String actorId, Instant at, String copyCode) implements CabinetEvent {
}
