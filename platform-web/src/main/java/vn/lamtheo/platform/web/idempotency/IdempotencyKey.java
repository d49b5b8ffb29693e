package vn.lamtheo.platform.web.idempotency;

import org.springframework.http.HttpStatus;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.platform.web.ProblemException.FieldProblem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an idempotency key may be, in one place for every endpoint and form: 1 to 200 printable ASCII characters
 * (a UUID is 36). A key is kept in the store and compared exactly, so a longer one only costs space.
 */
public final class IdempotencyKey {

    /** The request header of the API (draft-ietf-httpapi-idempotency-key-header). */
    public static final String HEADER = "Idempotency-Key";
    /** The hidden field every page form carries. */
    public static final String FORM_FIELD = "idempotencyKey";
    public static final int MAX_LENGTH = 200;

    private static final Pattern VALID = Pattern.compile("[\\x20-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKey() {
    }

    /** The key; empty when none (or a blank one) was sent; refused with a 400 naming {@code field} when malformed. */
    public static Optional<String> parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (!VALID.matcher(raw).matches()) {
            String message = "Tối đa " + MAX_LENGTH + " ký tự ASCII in được / At most " + MAX_LENGTH + " printable ASCII characters";
            throw new ProblemException(HttpStatus.BAD_REQUEST, field + " không hợp lệ: cần 1–" + MAX_LENGTH
                    + " ký tự ASCII in được / " + field + " must be 1 to " + MAX_LENGTH + " printable ASCII characters",
                    List.of(new FieldProblem(field, message)));
        }
        return Optional.of(raw);
    }
}
