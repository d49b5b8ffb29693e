package vn.lamtheo.similarity;

/** A document that contains a fingerprint; the year travels with it so candidates can be told apart without a read. */
public record Posting(String docId, int year) {

    /** Compact storage form {@code year|docId}: one string per posting keeps fingerprint documents small. */
    public String encode() {
        return year + "|" + docId;
    }

    public static Posting decode(String encoded) {
        int bar = encoded.indexOf('|');
        return new Posting(encoded.substring(bar + 1), Integer.parseInt(encoded, 0, bar, 10));
    }
}
