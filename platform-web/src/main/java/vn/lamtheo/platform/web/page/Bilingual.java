package vn.lamtheo.platform.web.page;

import java.util.Locale;

/**
 * Rejection messages of the domain are written "Vietnamese / English" so that the API can answer either way;
 * a page shows the half in the person's language.
 */
public final class Bilingual {

    private static final String SEPARATOR = " / ";

    private Bilingual() {
    }

    public static String pick(String message, Locale locale) {
        if (message == null) {
            return null;
        }
        int at = message.indexOf(SEPARATOR);
        if (at < 0 || message.indexOf(SEPARATOR, at + 1) >= 0) {
            return message; // not (exactly) two halves: show as is
        }
        return "en".equals(locale.getLanguage()) ? message.substring(at + SEPARATOR.length()).strip()
                : message.substring(0, at).strip();
    }
}
