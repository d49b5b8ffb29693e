package vn.lamtheo.supervision.visit;

import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.supervision.checklist.ChecklistItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What an answer must look like for its item's kind. */
final class Answers {

    static final String PASS = "PASS";
    static final String FAIL = "FAIL";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    private static final Set<String> CHECKS = Set.of(PASS, FAIL, NOT_APPLICABLE);

    private Answers() {
    }

    /** @return the value as stored (stripped; a number in its plain form) */
    static String require(ChecklistItem item, String value, String note) {
        String text = value == null ? "" : value.strip();
        switch (item.kind()) {
            case CHECK -> {
                if (!CHECKS.contains(text)) {
                    throw invalid("value", "Chọn PASS (đạt), FAIL (không đạt) hoặc NOT_APPLICABLE (không áp dụng) / choose PASS, FAIL or NOT_APPLICABLE");
                }
                if (FAIL.equals(text) && (note == null || note.isBlank())) {
                    throw invalid("note", "Nội dung không đạt cần ghi chú lý do / a FAIL needs a note");
                }
                return text;
            }
            case NUMBER -> {
                try {
                    BigDecimal number = new BigDecimal(text);
                    if (number.signum() < 0) {
                        throw invalid("value", "Số không được âm / the number cannot be negative");
                    }
                    return number.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw invalid("value", "Hãy nhập một số / a number is required");
                }
            }
            default -> {
                if (text.isEmpty()) {
                    throw invalid("value", "Hãy nhập nội dung / a text is required");
                }
                return text;
            }
        }
    }

    static CommandRejected invalid(String field, String message) {
        return new CommandRejected(CommandRejected.Reason.INVALID, message, List.of(new Violation(field, message)));
    }
}
