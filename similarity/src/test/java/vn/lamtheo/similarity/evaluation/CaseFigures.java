package vn.lamtheo.similarity.evaluation;

import vn.lamtheo.similarity.text.VietnameseNormalizer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * The figures of issue 17 beside the pair figures: merged copies with both sources, partial copies of 30% split by
 * whether they share any sentence no third pledge holds (without one no text evidence can tell them from honest
 * pledges), and originals accused by their own report.
 *
 * @param merged                 labelled copies with two or more sources
 * @param mergedAllPaired        … every source of which is a reported pair (found by either side)
 * @param mergedAllInOwnReport   … every source of which the copy's own report lists as suspected
 * @param partialDistinct        partial copies of 30% that take a sentence (folded) no third pledge holds
 * @param partialDistinctFound   … found (the pair reported)
 * @param partialCommon          partial copies of 30% whose every sentence taken is held by some third pledge too
 * @param partialCommonFound     … found
 * @param timedOriginals         originals (no label as a copy) that have a labelled copy, both with a submittedAt
 * @param timedAccused           … whose own report lists one of those copies as suspected COPIED_FROM
 * @param timedSuspected         … whose own report is suspected at all
 * @param untimedOriginals       originals with a labelled copy where a submittedAt is missing on either side
 * @param untimedAccused         … accused by their own report
 */
public record CaseFigures(int merged, int mergedAllPaired, int mergedAllInOwnReport,
                          int partialDistinct, int partialDistinctFound, int partialCommon, int partialCommonFound,
                          int timedOriginals, int timedAccused, int timedSuspected,
                          int untimedOriginals, int untimedAccused) {

    static CaseFigures of(Corpus corpus, Map<String, List<CopyDetectionEvaluation.View>> views,
                          Map<String, Boolean> suspectedReports, Predicate<String> reportedPair,
                          BinaryOperator<String> pairKey) {
        Map<String, CorpusPledge> byId = new HashMap<>();
        corpus.pledges().forEach(p -> byId.put(p.id(), p));
        Set<String> copies = new HashSet<>();
        corpus.labels().forEach(l -> copies.add(l.copyId()));
        Map<String, Set<String>> sentenceHolders = sentenceHolders(corpus);

        int merged = 0, mergedPaired = 0, mergedOwn = 0;
        int distinct = 0, distinctFound = 0, common = 0, commonFound = 0;
        Map<String, Set<String>> copiesOf = new HashMap<>();
        for (CopyLabel label : corpus.labels()) {
            List<CopyDetectionEvaluation.View> own = views.getOrDefault(label.copyId(), List.of());
            label.sourceIds().forEach(s -> copiesOf.computeIfAbsent(s, k -> new HashSet<>()).add(label.copyId()));
            if (label.sourceIds().size() > 1) {
                merged++;
                mergedPaired += label.sourceIds().stream()
                        .allMatch(s -> reportedPair.test(pairKey.apply(label.copyId(), s))) ? 1 : 0;
                mergedOwn += label.sourceIds().stream().allMatch(s -> own.stream()
                        .anyMatch(v -> v.otherId().equals(s) && v.suspected())) ? 1 : 0;
            }
            if (label.ops().contains("PARTIAL") && Math.abs(label.partialShare() - 0.3) < 1e-9) {
                String source = label.sourceIds().get(0);
                boolean found = reportedPair.test(pairKey.apply(label.copyId(), source));
                if (sharesDistinctSentence(byId.get(label.copyId()), byId.get(source), sentenceHolders)) {
                    distinct++;
                    distinctFound += found ? 1 : 0;
                } else {
                    common++;
                    commonFound += found ? 1 : 0;
                }
            }
        }
        int timed = 0, timedAccused = 0, timedSuspected = 0, untimed = 0, untimedAccused = 0;
        for (var e : copiesOf.entrySet()) {
            CorpusPledge original = byId.get(e.getKey());
            if (original == null || copies.contains(original.id())) {
                continue;
            }
            boolean accused = views.getOrDefault(original.id(), List.of()).stream().anyMatch(v -> v.suspected()
                    && "COPIED_FROM".equals(v.direction()) && e.getValue().contains(v.otherId()));
            boolean withTimes = original.submittedAt() != null
                    && e.getValue().stream().allMatch(c -> byId.get(c).submittedAt() != null);
            if (withTimes) {
                timed++;
                timedAccused += accused ? 1 : 0;
                timedSuspected += suspectedReports.getOrDefault(original.id(), false) ? 1 : 0;
            } else {
                untimed++;
                untimedAccused += accused ? 1 : 0;
            }
        }
        return new CaseFigures(merged, mergedPaired, mergedOwn, distinct, distinctFound, common, commonFound,
                timed, timedAccused, timedSuspected, untimed, untimedAccused);
    }

    /** Folded sentence → the pledges that hold it. */
    private static Map<String, Set<String>> sentenceHolders(Corpus corpus) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (CorpusPledge p : corpus.pledges()) {
            for (String s : sentences(p)) {
                holders.computeIfAbsent(s, k -> new HashSet<>()).add(p.id());
            }
        }
        return holders;
    }

    /** Whether a sentence of the source that the copy also holds (folded) is held by no third pledge. */
    private static boolean sharesDistinctSentence(CorpusPledge copy, CorpusPledge source, Map<String, Set<String>> holders) {
        Set<String> inCopy = sentences(copy);
        for (String s : sentences(source)) {
            if (inCopy.contains(s) && holders.get(s).stream()
                    .allMatch(id -> id.equals(copy.id()) || id.equals(source.id()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> sentences(CorpusPledge p) {
        Set<String> out = new HashSet<>();
        for (var section : p.sections()) {
            for (String s : section.text().split("[.;!?\\n]+")) {
                String folded = VietnameseNormalizer.normalize(s).folded().trim();
                if (folded.split(" ").length >= 5) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  merged copies (two sources): %d; every source paired %s; every source suspected in the copy's own report %s%n",
                merged, share(mergedAllPaired, merged), share(mergedAllInOwnReport, merged)));
        out.append(String.format(Locale.ROOT, "  PARTIAL f=0.3 sharing a sentence no third pledge holds: %s; sharing only sentences a third pledge holds too: %s%n",
                share(partialDistinctFound, partialDistinct), share(partialCommonFound, partialCommon)));
        out.append(String.format(Locale.ROOT, "  originals with a copy, times given on both: %d; own report says COPIED_FROM a copy %s; own report suspected %s%n",
                timedOriginals, share(timedAccused, timedOriginals), share(timedSuspected, timedOriginals)));
        out.append(String.format(Locale.ROOT, "  originals with a copy, a time missing: %d; own report says COPIED_FROM a copy %s%n",
                untimedOriginals, share(untimedAccused, untimedOriginals)));
        return out.toString();
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f (%d/%d)", (double) part / whole, part, whole);
    }
}
