package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A copy is lost; {@code loanId} is the loan it was lost on (which ends), null when it was on the shelf. */
public record CopyDeclaredLost(String cabinetId, String unitId, String actorId, Instant at,
                               String copyCode, String loanId, String note) implements CabinetEvent {
}
