package vn.lamtheo.similarity;

import java.util.List;

/**
 * Everything verification needs about an indexed document, stored beside the index and read by {@code $in} on
 * {@code _id}: its winnowed fingerprints with their places (section, syllable, character range), and the number of
 * distinct evidence fingerprints (template fingerprints excluded), the denominator of its containment.
 * The arrays are parallel, one element per selected fingerprint, in section and text order.
 * {@code sectionTexts} are the section texts (same order as the keys), so that a passage found by fingerprints can be
 * extended to exactly where the two texts stop agreeing; empty when not known (then passages end at the fingerprints).
 * {@code authorFit} is {@link AuthorFit} of the document (0 for documents indexed before it existed).
 */
public record DocumentFingerprints(String docId, String ownerId, int year, List<String> sectionKeys,
                                   int evidenceCount, double authorFit, long[] hashes, int[] sections, int[] syllables,
                                   int[] starts, int[] ends, List<String> sectionTexts) {

    public DocumentFingerprints {
        sectionKeys = List.copyOf(sectionKeys);
        sectionTexts = List.copyOf(sectionTexts);
    }

    public int size() {
        return hashes.length;
    }

    /** The same record without the per-fingerprint arrays: enough to score a candidate. */
    public DocumentFingerprints summary() {
        return new DocumentFingerprints(docId, ownerId, year, sectionKeys, evidenceCount, authorFit,
                new long[0], new int[0], new int[0], new int[0], new int[0], List.of());
    }
}
