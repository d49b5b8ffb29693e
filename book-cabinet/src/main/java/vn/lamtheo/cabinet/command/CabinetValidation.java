package vn.lamtheo.cabinet.command;

import vn.lamtheo.cabinet.api.CabinetRules;
import vn.lamtheo.cabinet.api.CatalogueTitle;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;

import java.util.ArrayList;
import java.util.List;

/** The forms' rules: every problem of a form at once, each naming its field. */
final class CabinetValidation {

    static final int FIRST_YEAR = 1900;
    /** Copies one title may bring in at once: a real batch is tens; a typo of 10,000 would flood the ledger. */
    static final int MAX_COPIES = 500;

    private CabinetValidation() {
    }

    static void requireCabinet(String unitId, String name, String place) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "unitId", unitId, "đơn vị");
        required(violations, "name", name, "tên tủ sách");
        required(violations, "place", place, "nơi đặt tủ sách");
        reject(violations);
    }

    /** @return the ISBN-13, or null for a book without an ISBN */
    static String requireTitle(CatalogueTitle cmd, CabinetRules rules, int currentYear) {
        List<Violation> violations = new ArrayList<>();
        String isbn = null;
        if (cmd.isbn() != null && !cmd.isbn().isBlank()) {
            isbn = Isbns.toIsbn13(cmd.isbn()).orElse(null);
            if (isbn == null) {
                violations.add(new Violation("isbn", "ISBN không hợp lệ (sai dạng hoặc sai số kiểm tra) / not a valid ISBN-10 or ISBN-13"));
            }
        }
        required(violations, "title", cmd.title(), "tên sách");
        required(violations, "author", cmd.author(), "tác giả");
        if (cmd.category() == null || !rules.categories().contains(cmd.category())) {
            violations.add(new Violation("category", "Thể loại phải là một trong " + rules.categories()
                    + " / category must be one of " + rules.categories()));
        }
        if (cmd.source() == null) {
            violations.add(new Violation("source", "Nguồn sách: DE_AN, DONATION hoặc PURCHASE / source is required"));
        }
        if (cmd.year() != null && (cmd.year() < FIRST_YEAR || cmd.year() > currentYear + 1)) {
            violations.add(new Violation("year", "Năm xuất bản từ " + FIRST_YEAR + " đến " + (currentYear + 1)
                    + " / year between " + FIRST_YEAR + " and " + (currentYear + 1)));
        }
        if (cmd.copies() == null || cmd.copies() < 1 || cmd.copies() > MAX_COPIES) {
            violations.add(new Violation("copies", "Số bản từ 1 đến " + MAX_COPIES + " / copies between 1 and " + MAX_COPIES));
        }
        reject(violations);
        return isbn;
    }

    static void requireReader(String name) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "name", name, "họ tên bạn đọc");
        reject(violations);
    }

    static void required(List<Violation> violations, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "Hãy nhập " + label + " / " + field + " is required"));
        }
    }

    static CommandRejected invalid(String field, String message) {
        return new CommandRejected(CommandRejected.Reason.INVALID, message, List.of(new Violation(field, message)));
    }

    static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Dữ liệu chưa hợp lệ / invalid input", violations);
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
