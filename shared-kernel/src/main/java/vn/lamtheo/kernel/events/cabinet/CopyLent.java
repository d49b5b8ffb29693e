package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.time.LocalDate;

public record CopyLent(String cabinetId, String unitId, String actorId, Instant at,
                       String loanId, String copyCode, String readerId, LocalDate dueDate) implements CabinetEvent {
}
