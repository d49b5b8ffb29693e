package vn.lamtheo.model.registry;

import vn.lamtheo.kernel.events.model.ModelDescription;

import vn.lamtheo.similarity.text.VietnameseNormalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The diacritic-insensitive registry query: "dan van kheo" finds "Dân vận khéo".
 * Folding is the shared kernel's Vietnamese normaliser (the one copy detection uses).
 */
public final class RegistrySearch {

    private static final int SUMMARY_LENGTH = 280;

    private RegistrySearch() {
    }

    public static String fold(String text) {
        return text == null ? "" : VietnameseNormalizer.normalize(text).folded().strip();
    }

    /** True when every word of the query occurs, in order, as a phrase of the folded text. */
    public static boolean matches(String foldedText, String query) {
        String q = fold(query);
        return q.isEmpty() || (" " + foldedText + " ").contains(" " + q + " ") || foldedText.contains(q);
    }

    static String searchText(ModelView v) {
        ModelDescription d = v.description;
        String opening = d == null ? "" : String.join(" ", nz(d.goals()), nz(d.content()));
        if (opening.length() > 600) {
            opening = opening.substring(0, 600);
        }
        return fold(nz(v.title) + " " + opening);
    }

    /** A short Vietnamese summary for cards and the feed: the goals, else the content. */
    static String summary(ModelDescription d) {
        if (d == null) {
            return null;
        }
        String text = d.goals() != null && !d.goals().isBlank() ? d.goals() : d.content();
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
