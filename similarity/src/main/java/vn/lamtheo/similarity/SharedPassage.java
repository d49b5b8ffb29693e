package vn.lamtheo.similarity;

/**
 * A passage found in both documents, as character ranges [start, end) in the original section texts.
 *
 * @param sectionKey      section of the checked document
 * @param thisStart       start in that section's text
 * @param thisEnd         end (exclusive) in that section's text
 * @param otherSectionKey section of the other document
 * @param otherStart      start in the other section's text
 * @param otherEnd        end (exclusive) in the other section's text
 */
public record SharedPassage(String sectionKey, int thisStart, int thisEnd,
                            String otherSectionKey, int otherStart, int otherEnd) {
}
