package vn.lamtheo.platform.web;

import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: answers carry {@code ETag: "<version>"}, and a write may send it back in
 * {@code If-Match}. A mismatch means someone else changed the object since it was read: 412.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The ETag of an object at this version, e.g. {@code "7"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when {@code ifMatch} is absent (the client does not ask for the check), {@code *}, or names the
     * current version; otherwise throws 412.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(etag(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(HttpStatus.PRECONDITION_FAILED,
                "Dữ liệu đã được người khác thay đổi (phiên bản hiện tại " + currentVersion + "); hãy tải lại rồi thử lại"
                        + " / The object changed since you read it (current version " + currentVersion + "); reload and retry");
    }

    /**
     * The version an {@code If-Match} header names, for a command's expected version: null when the header is absent
     * or {@code *} (the client does not ask for the check). Strict: exactly one entity tag, {@code "<version>"} or
     * {@code W/"<version>"} with a non-negative decimal version; anything else ({@code "0}, {@code 3}, a list) is a
     * 400 naming the header, never silently read as something else.
     */
    public static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return expectedVersion(ifMatch).getAsLong();
    }

    /** The version named by an If-Match header, when it names exactly one; used to pass an expected version to a command. */
    public static java.util.OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return java.util.OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 3 && value.length() <= 20 && value.startsWith("\"") && value.endsWith("\"")
                && value.substring(1, value.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.OptionalLong.of(Long.parseLong(value.substring(1, value.length() - 1)));
        }
        throw new ProblemException(HttpStatus.BAD_REQUEST, "If-Match không hợp lệ / Malformed If-Match header",
                java.util.List.of(new ProblemException.FieldProblem("If-Match",
                        "Cần đúng một phiên bản dạng “3” / Expected exactly one version such as \"3\"")));
    }
}
