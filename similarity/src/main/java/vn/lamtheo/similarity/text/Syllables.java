package vn.lamtheo.similarity.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The syllables of a text (Vietnamese writes one syllable per space-separated word), folded for comparison,
 * each with its character range in the original text.
 */
public record Syllables(String[] folded, int[] originalStart, int[] originalEnd) {

    public static Syllables of(String original) {
        return of(VietnameseNormalizer.normalize(original));
    }

    public static Syllables of(NormalizedText text) {
        String folded = text.folded();
        List<String> tokens = new ArrayList<>();
        int[] starts = new int[folded.length() / 2 + 1];
        int[] ends = new int[starts.length];
        int tokenStart = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > tokenStart) {
                    starts[tokens.size()] = text.originalStart()[tokenStart];
                    ends[tokens.size()] = text.originalEnd()[i - 1];
                    tokens.add(folded.substring(tokenStart, i));
                }
                tokenStart = i + 1;
            }
        }
        int n = tokens.size();
        return new Syllables(tokens.toArray(String[]::new), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    public int size() {
        return folded.length;
    }
}
