package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.ShingleFingerprinter;
import vn.lamtheo.similarity.text.Syllables;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Fingerprints of the official template (titles, headings, printed instructions): text every document is expected
 * to contain, so it is never evidence of copying. Every shingle of the template is taken, not only the winnowed
 * ones, so that a template phrase is recognised wherever winnowing happens to select it in a document.
 */
public final class TemplateFingerprints {

    private final Set<Long> hashes;

    private TemplateFingerprints(Set<Long> hashes) {
        this.hashes = Set.copyOf(hashes);
    }

    public static TemplateFingerprints none() {
        return new TemplateFingerprints(Set.of());
    }

    public static TemplateFingerprints of(ShingleFingerprinter fingerprinter, Collection<String> templateTexts) {
        Set<Long> hashes = new HashSet<>();
        for (String text : templateTexts) {
            for (long hash : fingerprinter.shingleHashes(Syllables.of(text))) {
                hashes.add(hash);
            }
        }
        return new TemplateFingerprints(hashes);
    }

    public boolean contains(long hash) {
        return hashes.contains(hash);
    }

    public int size() {
        return hashes.size();
    }
}
