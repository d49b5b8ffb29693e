package vn.lamtheo.similarity.evaluation;

import vn.lamtheo.similarity.text.Syllables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ground truth for passage quality, derived because the labels do not give offsets: a sentence of the copy is
 * "copied" when at least half of its syllable bigrams (after folding: case, diacritics, tone placement, NFD,
 * punctuation) occur in one sentence of the source, in any section. Half tolerates the label ops that edit inside
 * sentences (synonym swaps, typos, insertions) while a newly written sentence shares far fewer bigrams.
 * Sentences end at . ; ! ? or a line break. Stock sentences the copier also wrote anew count as copied: the
 * text is identical, no one could tell them apart.
 */
final class CopiedSentences {

    static final double MIN_SHARED_BIGRAMS = 0.5;

    private CopiedSentences() {
    }

    /** Copied character ranges of the copy, per section key. */
    static Map<String, List<int[]>> of(CorpusPledge copy, CorpusPledge source) {
        Set<String> sourceBigramsAll = new HashSet<>();
        List<Set<String>> sourceSentences = new ArrayList<>();
        for (var section : source.sections()) {
            for (int[] span : sentences(section.text())) {
                Set<String> b = bigrams(Syllables.of(section.text().substring(span[0], span[1])));
                sourceSentences.add(b);
                sourceBigramsAll.addAll(b);
            }
        }
        Map<String, List<int[]>> copied = new HashMap<>();
        for (var section : copy.sections()) {
            String text = section.text();
            for (int[] span : sentences(text)) {
                Syllables syllables = Syllables.of(text.substring(span[0], span[1]));
                Set<String> b = bigrams(syllables);
                if (b.isEmpty()) {
                    continue;
                }
                double best = 0;
                for (Set<String> s : sourceSentences) {
                    int shared = 0;
                    for (String x : b) {
                        if (s.contains(x)) {
                            shared++;
                        }
                    }
                    best = Math.max(best, (double) shared / b.size());
                }
                if (best >= MIN_SHARED_BIGRAMS) {
                    int start = span[0] + syllables.originalStart()[0];
                    int end = span[0] + syllables.originalEnd()[syllables.size() - 1];
                    copied.computeIfAbsent(section.key(), k -> new ArrayList<>()).add(new int[] {start, end});
                }
            }
        }
        return copied;
    }

    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
                if (i + 1 > start) {
                    spans.add(new int[] {start, i + 1});
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new int[] {start, text.length()});
        }
        return spans;
    }

    private static Set<String> bigrams(Syllables s) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            bigrams.add(s.folded()[i] + ' ' + s.folded()[i + 1]);
        }
        return bigrams;
    }
}
