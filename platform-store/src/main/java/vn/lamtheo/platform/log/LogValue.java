package vn.lamtheo.platform.log;

/**
 * A value that came from a request (a parameter, a path, a user name, an import line's id), made safe to put into a
 * log line: line breaks, NUL and every other control character are written as escapes ({@code \n}, {@code \r},
 * {@code \u0000}), so a value can never end the line it is in and forge the next one, e.g. a fake
 * {@code lamtheo.audit.denied} entry. Printable text, Vietnamese included, stays as it is. Every logger that logs a
 * value it did not make itself passes it through here.
 */
public final class LogValue {

    private LogValue() {
    }

    /** The value's text with control characters escaped; {@code null} stays {@code null}. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.chars().noneMatch(LogValue::needsEscape)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (needsEscape(c)) {
                        safe.append(String.format("\\u%04x", c));
                    } else {
                        safe.append((char) c);
                    }
                }
            }
        });
        return safe.toString();
    }

    /**
     * Controls (C0, DEL, C1), the Unicode line and paragraph separators that some viewers break lines at, and the
     * backslash itself, so that an escape in the log always means an escaped character.
     */
    private static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == '\\';
    }
}
