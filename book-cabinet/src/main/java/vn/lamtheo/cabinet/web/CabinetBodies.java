package vn.lamtheo.cabinet.web;

import vn.lamtheo.kernel.events.cabinet.TitleSource;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the cabinet API, exactly as the contract names their fields. */
final class CabinetBodies {

    private CabinetBodies() {
    }

    record NewCabinet(String unitId, String name, String place, Boolean reachable) {
    }

    record NewTitle(String isbn, String title, String author, String publisher, Integer year, String category,
                    TitleSource source, Integer copies, String shelf) {
    }

    record NewReader(String name, String hamlet, String phone) {
    }

    record NewLoan(String copyCode, String readerId, LocalDate dueDate) {
    }

    record Note(String note) {
    }

    record Counts(List<String> codes, String shelf) {
    }

    record Created(String id) {
    }

    record TitleCreated(String titleId, List<String> copyCodes) {
    }

    record LoanAnswer(String loanId, LocalDate dueDate) {
    }

    record CopyAnswer(String code, String state) {
    }

    record Counted(String stockTakeId, int counted) {
    }
}
