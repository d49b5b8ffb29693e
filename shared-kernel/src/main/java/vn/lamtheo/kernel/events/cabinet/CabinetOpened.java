package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A cabinet was set up for a unit; {@code reachable}: readers can reach it (a reading room), not an office. */
public record CabinetOpened(String cabinetId, String unitId, String actorId, Instant at,
                            String name, String place, boolean reachable) implements CabinetEvent {
}
