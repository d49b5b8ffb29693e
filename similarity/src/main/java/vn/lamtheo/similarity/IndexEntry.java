package vn.lamtheo.similarity;

/** One document's distinct evidence fingerprints, as added to or removed from the index. */
public record IndexEntry(String docId, int year, long[] fingerprints) {
}
