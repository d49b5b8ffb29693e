package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

public record CopyReturned(String cabinetId, String unitId, String actorId, Instant at,
                           String loanId, String copyCode) implements CabinetEvent {
}
