package vn.lamtheo.similarity.text;

/**
 * Text folded for comparison, with a map back into the original so that matches can be highlighted there.
 *
 * @param original       the text as written
 * @param folded         lowercase letters and digits without diacritics, runs separated by one space
 * @param originalStart  for each char of {@code folded}, the index in {@code original} where it starts
 * @param originalEnd    for each char of {@code folded}, the index in {@code original} just after it,
 *                       including any combining marks that followed it there
 */
public record NormalizedText(String original, String folded, int[] originalStart, int[] originalEnd) {

    public int length() {
        return folded.length();
    }
}
