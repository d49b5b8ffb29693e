package vn.lamtheo.cabinet.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The loan desk of one cabinet ({@code cabinet_desks}): its readers and open loans, for the desk and the overdue list. */
public class LoanDesk {
    public long seq = -1;
    public Map<String, Reader> readers = new LinkedHashMap<>();
    public Map<String, Loan> loans = new LinkedHashMap<>();

    public record Reader(String readerId, String name, String hamlet, String phone) {
    }

    public record Loan(String loanId, String copyCode, String title, String readerId, LocalDate lentOn, LocalDate dueDate,
                       boolean renewed) {
    }
}
