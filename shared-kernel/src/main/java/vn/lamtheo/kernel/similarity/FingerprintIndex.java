package vn.lamtheo.kernel.similarity;

import java.util.List;
import java.util.Map;

/**
 * The inverted index: fingerprint → documents. Reads are one batched exact-key lookup ({@code $in} on {@code _id}),
 * never a scan, so the cost of a check does not grow with the number of indexed documents
 * (only with how many documents share its rare fingerprints).
 */
public interface FingerprintIndex {

    /**
     * How many indexed documents contain each fingerprint (absent: none). Read first and alone because stock
     * phrases have long postings that a check never needs.
     */
    Map<Long, Integer> frequencies(long[] fingerprints);

    /**
     * The documents containing each fingerprint. Complete while the frequency is below the saturation limit;
     * the engine asks only for fingerprints that are evidence, which are all below it.
     */
    Map<Long, List<Posting>> postings(long[] fingerprints);

    /** Adds documents (batched: one write per distinct fingerprint). Postings of saturated fingerprints are not stored. */
    void add(List<IndexEntry> entries);

    void remove(IndexEntry entry);

    /** Number of indexed documents: the population for the document-frequency stop rule. */
    long documentCount();
}
