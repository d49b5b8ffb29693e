package vn.lamtheo.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Builds the one error shape of Lamtheo: RFC 9457 {@code application/problem+json} with a bilingual title,
 * a clear detail and, for validation, an {@code errors} list of {field, message}.
 * Details are written for people and never quote submitted content (it may be pledge text).
 */
public final class Problems {

    public static final String ERRORS = "errors";
    /** The code of the state a command was refused in ({@code ON_LOAN}), beside the detail that names it in words. */
    public static final String STATE = "state";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Yêu cầu không hợp lệ / Bad request"),
            Map.entry(401, "Chưa đăng nhập / Authentication required"),
            Map.entry(403, "Không có quyền / Forbidden"),
            Map.entry(404, "Không tìm thấy / Not found"),
            Map.entry(405, "Phương thức không được hỗ trợ / Method not allowed"),
            Map.entry(406, "Không trả được định dạng yêu cầu / Not acceptable"),
            Map.entry(409, "Xung đột trạng thái / Conflict"),
            Map.entry(412, "Dữ liệu đã thay đổi / Precondition failed"),
            Map.entry(413, "Dữ liệu gửi lên quá lớn / Content too large"),
            Map.entry(415, "Định dạng dữ liệu không được hỗ trợ / Unsupported media type"),
            Map.entry(422, "Dữ liệu không hợp lệ / Unprocessable content"),
            Map.entry(428, "Thiếu điều kiện If-Match / Precondition required"),
            Map.entry(429, "Quá nhiều yêu cầu / Too many requests"),
            Map.entry(500, "Lỗi hệ thống / Internal server error"),
            Map.entry(503, "Dịch vụ tạm thời không sẵn sàng / Service unavailable"));

    private Problems() {
    }

    public static String title(HttpStatusCode status) {
        String title = TITLES.get(status.value());
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Lỗi / Error " + status.value() : "Lỗi / " + known.getReasonPhrase();
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, List<ProblemException.FieldProblem> errors) {
        ProblemDetail problem = of(status, detail);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty(ERRORS, errors);
        }
        return problem;
    }

    public static ProblemDetail withInstance(ProblemDetail problem, String path) {
        if (path != null && problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException ignored) {
                // a path that is not a valid URI is simply left out
            }
        }
        return problem;
    }

    /** For filters and security handlers, which answer before Spring MVC is involved. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
