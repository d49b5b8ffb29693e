package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.Syllables;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much a document's text is about its own author: of the distinct pairs of consecutive syllables in what the
 * author says about themselves (a pledge's position and assigned duties), the share that occur in the document's
 * sections, folded.
 *
 * <p>Why it ranks sources: a member writes about their own work, so an original fits its own header; a copy handed in
 * under another name keeps the source's text and fits its new header less. When two candidates share exactly the
 * same text with the checked document (a source and a copy of it with the same sections score and agree equally),
 * the one whose text is about its own author is the likelier original. Only a tie-break: it never changes a score.
 */
final class AuthorFit {

    private AuthorFit() {
    }

    /** 0 when the author says nothing about themselves (nothing to fit); rounded so that results compare equal. */
    static double of(String authorProfile, List<String> sectionTexts) {
        Set<String> wanted = syllablePairs(authorProfile == null ? "" : authorProfile);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> written = new HashSet<>();
        for (String text : sectionTexts) {
            written.addAll(syllablePairs(text)); // pairs within one section: a section boundary is not a phrase
        }
        long found = wanted.stream().filter(written::contains).count();
        return Math.round(10_000d * found / wanted.size()) / 10_000d;
    }

    private static Set<String> syllablePairs(String text) {
        String[] syllables = Syllables.of(text).folded();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < syllables.length; i++) {
            pairs.add(syllables[i] + ' ' + syllables[i + 1]);
        }
        return pairs;
    }
}
