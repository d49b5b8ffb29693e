package vn.lamtheo.model.command;

import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.model.api.ModelFields;

import java.util.ArrayList;
import java.util.List;

/** The registration form's rules. Messages name the field, never quote the content. */
public final class ModelValidation {

    static final int FIRST_YEAR = 1945;

    private ModelValidation() {
    }

    /** A draft needs what identifies it: title, field, kind and start year. */
    static void requireDraftable(ModelContent content, ModelFields fields, int currentYear) {
        reject(problems(content, fields, currentYear, false));
    }

    /** Submission needs the whole form except forces and resources, which small models may not have. */
    static void requireSubmittable(ModelContent content, ModelFields fields, int currentYear) {
        reject(problems(content, fields, currentYear, true));
    }

    /**
     * Every problem of the form at once, for drafting or for submitting, without sending a command: the pages show
     * them all before anything is stored (the commands check the same rules again).
     */
    public static List<Violation> problems(ModelContent content, ModelFields fields, int currentYear, boolean submitting) {
        List<Violation> violations = new ArrayList<>();
        checkHeader(content, fields, currentYear, violations);
        if (submitting && content != null) {
            ModelDescription d = content.description();
            required(violations, "description.reason", d.reason(), "lý do xây dựng mô hình");
            required(violations, "description.goals", d.goals(), "mục tiêu, tiêu chí");
            required(violations, "description.content", d.content(), "nội dung, cách làm");
            required(violations, "description.scope", d.scope(), "địa bàn, đối tượng thụ hưởng");
            required(violations, "description.timeline", d.timeline(), "thời gian thực hiện, mốc đánh giá");
            required(violations, "description.expectedResults", d.expectedResults(), "kết quả dự kiến");
            required(violations, "description.replication", d.replication(), "khả năng nhân rộng");
        }
        return violations;
    }

    private static void checkHeader(ModelContent content, ModelFields fields, int currentYear, List<Violation> violations) {
        if (content == null) {
            violations.add(new Violation("title", "Thiếu nội dung mô hình / the model content is missing"));
            return;
        }
        required(violations, "title", content.title(), "tên mô hình");
        if (!fields.contains(content.field())) {
            violations.add(new Violation("field", "Chọn một lĩnh vực trong danh mục / field must be one of " + fields.codes()));
        }
        if (content.kind() == null) {
            violations.add(new Violation("kind", "Chọn mô hình tập thể hoặc cá nhân / choose COLLECTIVE or INDIVIDUAL"));
        }
        if (content.startYear() == null || content.startYear() < FIRST_YEAR || content.startYear() > currentYear + 1) {
            violations.add(new Violation("startYear", "Năm bắt đầu từ " + FIRST_YEAR + " đến " + (currentYear + 1)
                    + " / start year between " + FIRST_YEAR + " and " + (currentYear + 1)));
        }
    }

    private static void required(List<Violation> violations, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "Chưa điền: " + label + " / required"));
        }
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Mô hình chưa hợp lệ / the model is not valid", violations);
        }
    }

    static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw invalid(field, message);
        }
    }

    static CommandRejected invalid(String field, String message) {
        return new CommandRejected(CommandRejected.Reason.INVALID, message, List.of(new Violation(field, message)));
    }
}
