package vn.lamtheo.similarity;

import java.util.List;
import java.util.Map;

/**
 * The inverted index: fingerprint → documents. Reads are one batched exact-key lookup ({@code $in} on {@code _id}),
 * never a scan, so the cost of a check does not grow with the number of indexed documents
 * (only with how many documents share its fingerprints, which the stop rule bounds).
 *
 * <p>Saturation: postings are kept for the first {@code maxPostingsPerFingerprint} documents only. The engine stops
 * writing a fingerprint once it is saturated (it is a stock phrase for good), so frequencies saturate too.
 */
public interface FingerprintIndex {

    /** A value no document fingerprint takes: implementations may use it for bookkeeping (the population). */
    long RESERVED_FINGERPRINT = Long.MIN_VALUE;

    /** Frequencies of these fingerprints and the population, in one read. Stock phrases' postings are not read. */
    IndexSnapshot snapshot(long[] fingerprints);

    /** The documents containing each fingerprint; the engine asks only for evidence, which is below saturation. */
    Map<Long, List<Posting>> postings(long[] fingerprints);

    /**
     * The same, right after {@code snapshot} was read for them: an index may answer from a local copy of the postings
     * whose version the snapshot confirms, and read only the others.
     */
    default Map<Long, List<Posting>> postings(IndexSnapshot snapshot, long[] fingerprints) {
        return postings(fingerprints);
    }

    /** Adds documents: one write per distinct fingerprint, batched, plus the population. */
    void add(List<IndexEntry> entries);

    /**
     * The same, when the caller has just read which fingerprints had no entry at all ({@code absent}): an index may
     * create those more cheaply, and must still be right if another writer created one meanwhile.
     */
    default void add(List<IndexEntry> entries, java.util.function.LongPredicate absent) {
        add(entries);
    }

    /** Removes one document's postings (of the given fingerprints) and counts it out of the population. */
    void remove(IndexEntry entry);
}
