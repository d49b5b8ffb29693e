package vn.lamtheo.pledge.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The template check's own light normalisation: lowercase, diacritics folded (đ→d), punctuation to spaces.
 * Enough to compare wording; the copy check has its own offset-keeping normaliser.
 */
final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+|^\\s*[-+•]\\s*", Pattern.MULTILINE);

    private TextFold() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase();
        return NON_WORD.matcher(s).replaceAll(" ").trim();
    }

    static List<String> syllables(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Sentences (or list lines) of the original text, blank ones dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : SENTENCE_END.split(text)) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    static boolean isBlank(String text) {
        return text == null || fold(text).isEmpty();
    }
}
