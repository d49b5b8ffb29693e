package vn.lamtheo.similarity.text;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for copy detection: NFC or NFD input alike, lowercase, every diacritic removed
 * (đ → d), punctuation and whitespace collapsed into single spaces, with offsets back into the original.
 *
 * <p>Folding all diacritics also unifies the old and new tone placement (hoà/hòa, thuỷ/thủy, khoẻ/khỏe both
 * become hoa, thuy, khoe) and makes text typed without diacritics comparable. It conflates some words
 * (ma/má/mà/mã …); that is acceptable because evidence of copying is a run of many syllables, never one word.
 */
public final class VietnameseNormalizer {

    /** Precomputed folding of the Basic Multilingual Plane up to Latin Extended Additional (Vietnamese lives there). */
    private static final int TABLE_SIZE = 0x2000;
    private static final char SEPARATOR = 0;
    private static final char COMBINING = 1;
    private static final char[] FOLD = buildTable();

    private VietnameseNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        StringBuilder folded = new StringBuilder(n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            char f = fold(cp);
            if (f == COMBINING) {
                // A combining mark of NFD input belongs to the letter before it: widen that letter's span.
                int last = folded.length() - 1;
                if (last >= 0 && !pendingSpace && folded.charAt(last) != ' ') {
                    ends[last] = i + width;
                }
            } else if (f == SEPARATOR) {
                pendingSpace = folded.length() > 0;
            } else {
                if (pendingSpace) {
                    starts[folded.length()] = i;
                    ends[folded.length()] = i;
                    folded.append(' ');
                    pendingSpace = false;
                }
                starts[folded.length()] = i;
                ends[folded.length()] = i + width;
                folded.append(f);
            }
            i += width;
        }
        int length = folded.length();
        return new NormalizedText(original, folded.toString(), java.util.Arrays.copyOf(starts, length),
                java.util.Arrays.copyOf(ends, length));
    }

    private static char fold(int cp) {
        if (cp < TABLE_SIZE) {
            return FOLD[cp];
        }
        return foldSlow(cp);
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int cp = 0; cp < TABLE_SIZE; cp++) {
            table[cp] = foldSlow(cp);
        }
        return table;
    }

    /** Decomposes one code point and keeps its lowercase base letter or digit; marks and the rest are flagged. */
    private static char foldSlow(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return COMBINING;
        }
        if (cp == 'đ' || cp == 'Đ') {
            return 'd';
        }
        if (!Character.isLetterOrDigit(cp)) {
            return SEPARATOR;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        if (Character.charCount(base) != 1 || !Character.isLetterOrDigit(base)) {
            return SEPARATOR; // outside the BMP or not a letter after decomposition: not Vietnamese text
        }
        char lower = Character.toLowerCase((char) base);
        return lower <= COMBINING ? SEPARATOR : lower;
    }
}
