package vn.lamtheo.similarity.text;

/**
 * One selected shingle: its hash and where it is, as syllable index and as character range in the original.
 */
public record Fingerprint(long hash, int firstSyllable, int originalStart, int originalEnd) {
}
