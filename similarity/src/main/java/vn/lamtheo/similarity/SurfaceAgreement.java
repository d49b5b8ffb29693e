package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.Syllables;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two documents are <em>written</em> where they share text: of the syllables their passages share after
 * folding (the comparison copy detection works on), the share that is also written the same way.
 *
 * <p>Folding makes a document, its copy without diacritics, its copy with the old tone placement and its copy in NFD
 * the same text, so their fingerprints and scores are equal. A copier copies one particular document, accents and
 * all: when two candidates score the same, the one written like the checked document is the likelier source. Two
 * levels are counted and averaged: the letters as written (NFC, so diacritics, tone placement and case count) and the
 * code points as stored (NFC or NFD, which copying and pasting preserves). Symmetric in the two documents.
 *
 * <p>Counting is by multisets per passage (no alignment inside a passage): within one passage both sides are the same
 * run of text up to small edits, so the multisets pair up the same syllables.
 */
final class SurfaceAgreement {

    private SurfaceAgreement() {
    }

    /**
     * @return the agreement in [0,1], rounded to 4 decimals; 0 when the texts are not known or nothing is shared
     */
    static double of(DocumentFingerprints self, DocumentFingerprints other, List<SharedPassage> passages) {
        long folded = 0;
        long sameLetters = 0;
        long sameCodePoints = 0;
        for (SharedPassage p : passages) {
            String a = text(self, p.sectionKey(), p.thisStart(), p.thisEnd());
            String b = text(other, p.otherSectionKey(), p.otherStart(), p.otherEnd());
            if (a == null || b == null) {
                continue;
            }
            Map<String, int[]> byFolded = new HashMap<>();
            Map<String, int[]> byLetters = new HashMap<>();
            Map<String, int[]> byCodePoints = new HashMap<>();
            count(Syllables.of(a), a, 0, byFolded, byLetters, byCodePoints);
            count(Syllables.of(b), b, 1, byFolded, byLetters, byCodePoints);
            folded += shared(byFolded);
            sameLetters += shared(byLetters);
            sameCodePoints += shared(byCodePoints);
        }
        if (folded == 0) {
            return 0;
        }
        double agreement = Math.min(1.0, (sameLetters + sameCodePoints) / (2.0 * folded));
        return Math.round(agreement * 10_000d) / 10_000d;
    }

    private static String text(DocumentFingerprints d, String sectionKey, int start, int end) {
        int s = d.sectionKeys().indexOf(sectionKey);
        if (s < 0 || d.sectionTexts().size() != d.sectionKeys().size()) {
            return null;
        }
        String text = d.sectionTexts().get(s);
        return start < 0 || end > text.length() || start > end ? null : text.substring(start, end);
    }

    private static void count(Syllables syllables, String text, int side, Map<String, int[]> byFolded,
                              Map<String, int[]> byLetters, Map<String, int[]> byCodePoints) {
        for (int i = 0; i < syllables.size(); i++) {
            String written = text.substring(syllables.originalStart()[i], syllables.originalEnd()[i]);
            byFolded.computeIfAbsent(syllables.folded()[i], k -> new int[2])[side]++;
            byLetters.computeIfAbsent(Normalizer.normalize(written, Normalizer.Form.NFC), k -> new int[2])[side]++;
            byCodePoints.computeIfAbsent(written, k -> new int[2])[side]++;
        }
    }

    private static long shared(Map<String, int[]> counts) {
        long n = 0;
        for (int[] c : counts.values()) {
            n += Math.min(c[0], c[1]);
        }
        return n;
    }
}
