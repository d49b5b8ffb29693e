package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.time.LocalDate;

public record LoanRenewed(String cabinetId, String unitId, String actorId, Instant at,
                          String loanId, String copyCode, LocalDate dueDate) implements CabinetEvent {
}
