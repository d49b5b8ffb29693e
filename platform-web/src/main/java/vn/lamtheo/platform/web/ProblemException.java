package vn.lamtheo.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A rejection that becomes an {@code application/problem+json} answer with this status.
 * The message is shown to the user: clear, and never containing pledge text.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> problems;

    public ProblemException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public ProblemException(HttpStatus status, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpStatus status() {
        return status;
    }

    /** The offending fields or sections, rendered as the {@code errors} member of the problem. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** @param field the field or section key, e.g. {@code sections.tuTuongChinhTri}; @param message why */
    public record FieldProblem(String field, String message) {
    }
}
