package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A committee officer approved writing a copy off: it is withdrawn for good. */
public record CopyWrittenOff(String cabinetId, String unitId, String actorId, Instant at,
                             String copyCode, String note) implements CabinetEvent {
}
