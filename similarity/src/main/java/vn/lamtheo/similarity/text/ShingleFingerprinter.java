package vn.lamtheo.similarity.text;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

import java.util.ArrayList;
import java.util.List;

/**
 * Shingles of {@code k} syllables, hashed with komihash (hash4j) and thinned by winnowing
 * (Schleimer, Wilkerson, Aiken 2003, the algorithm behind MOSS).
 *
 * <p>Guarantee: with window {@code w = t − k + 1}, any run of at least {@code t} identical (folded) syllables
 * shared by two texts contains a whole window of shingles, so both texts select the same minimum there:
 * at least one common fingerprint. Shorter runs may be missed; that is the point of the noise threshold.
 */
public final class ShingleFingerprinter {

    /** A fixed seed keeps fingerprints stable across runs, processes and versions of the index. */
    private static final Hasher64 HASHER = Hashing.komihash5_0(0x4c616d7468656fL);

    private final int shingleSyllables;
    private final int guaranteeSyllables;

    /**
     * @param shingleSyllables   k: syllables per shingle
     * @param guaranteeSyllables t: a shared run of this many syllables is always found (t ≥ k)
     */
    public ShingleFingerprinter(int shingleSyllables, int guaranteeSyllables) {
        if (shingleSyllables < 1 || guaranteeSyllables < shingleSyllables) {
            throw new IllegalArgumentException("need 1 <= k <= t, got k=" + shingleSyllables + " t=" + guaranteeSyllables);
        }
        this.shingleSyllables = shingleSyllables;
        this.guaranteeSyllables = guaranteeSyllables;
    }

    public int shingleSyllables() {
        return shingleSyllables;
    }

    public int guaranteeSyllables() {
        return guaranteeSyllables;
    }

    public int window() {
        return guaranteeSyllables - shingleSyllables + 1;
    }

    /** Every shingle hash, in order: used for template texts, where every shingle must become a stop-fingerprint. */
    public long[] shingleHashes(Syllables syllables) {
        int count = syllables.size() - shingleSyllables + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] syllableHashes = new long[syllables.size()];
        for (int i = 0; i < syllableHashes.length; i++) {
            syllableHashes[i] = HASHER.hashCharsToLong(syllables.folded()[i]);
        }
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            shingles[i] = HASHER.hashStream().putLongs(syllableHashes, i, shingleSyllables).getAsLong();
        }
        return shingles;
    }

    /**
     * Robust winnowing: in each window of {@code w} consecutive shingles the minimum hash is selected
     * (the rightmost one on ties); a position is recorded once even if several windows select it.
     * A text shorter than one window still yields its minimum, so short sections are not invisible.
     */
    public List<Fingerprint> fingerprints(Syllables syllables) {
        long[] shingles = shingleHashes(syllables);
        List<Fingerprint> selected = new ArrayList<>();
        if (shingles.length == 0) {
            return selected;
        }
        int w = Math.min(window(), shingles.length);
        int lastSelected = -1;
        for (int windowStart = 0; windowStart + w <= shingles.length; windowStart++) {
            int min = windowStart;
            for (int j = windowStart + 1; j < windowStart + w; j++) {
                if (Long.compareUnsigned(shingles[j], shingles[min]) <= 0) {
                    min = j;
                }
            }
            if (min != lastSelected) {
                selected.add(new Fingerprint(shingles[min], min, syllables.originalStart()[min],
                        syllables.originalEnd()[min + shingleSyllables - 1]));
                lastSelected = min;
            }
        }
        return selected;
    }
}
