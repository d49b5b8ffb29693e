package vn.lamtheo.similarity.evaluation;

import vn.lamtheo.similarity.CopyCheckResult;
import vn.lamtheo.similarity.SharedPassage;
import vn.lamtheo.similarity.SimilarityEngine;
import vn.lamtheo.similarity.SourceMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays the corpus in file order through check-then-index (what submissions do) and scores the outcome against
 * the labels, without direction: a pair is found whichever side's check reported it.
 */
public final class CopyDetectionEvaluation {

    private CopyDetectionEvaluation() {
    }

    /**
     * A match seen from one document: the other id, its score, and the passages' ranges on this side. Public so that
     * the end-to-end evaluation (pledge-service, copy reports over HTTP) scores with the same code.
     */
    public record View(String otherId, int otherYear, double score, boolean suspected, List<int[]> ranges,
                        List<String> sections, double containmentThis, double containmentOther,
                        double surfaceAgreement, double otherAuthorFit, double rareEvidence, String direction) {

        /** @param direction from this document's point of view: COPIED_FROM, COPIED_BY or UNDETERMINED */
        public View(String otherId, int otherYear, double score, boolean suspected, List<int[]> ranges,
                    List<String> sections, double containmentThis, double containmentOther,
                    double surfaceAgreement, double otherAuthorFit, String direction) {
            this(otherId, otherYear, score, suspected, ranges, sections, containmentThis, containmentOther,
                    surfaceAgreement, otherAuthorFit, 0, direction);
        }

        /** A match whose surface agreement and author fit are not known (they rank as 0). */
        public View(String otherId, int otherYear, double score, boolean suspected, List<int[]> ranges,
                    List<String> sections, double containmentThis, double containmentOther) {
            this(otherId, otherYear, score, suspected, ranges, sections, containmentThis, containmentOther, 0, 0, 0, null);
        }
    }

    /**
     * The ranking a copy report uses ({@link SourceMatch#BEST_FIRST}): score, then the candidate written like the
     * checked document, then the older document (the likelier original), then the one about its own author, then id.
     */
    private static final Comparator<View> BEST_FIRST = Comparator.comparingDouble(View::score).reversed()
            .thenComparing(Comparator.comparingDouble(View::surfaceAgreement).reversed())
            .thenComparingInt(View::otherYear)
            .thenComparing(Comparator.comparingDouble(View::otherAuthorFit).reversed())
            .thenComparing(View::otherId);

    static EvaluationReport run(String variant, Corpus corpus, SimilarityEngine engine) {
        Map<String, List<View>> views = new HashMap<>();
        long started = System.nanoTime();
        int done = 0;
        for (CorpusPledge pledge : corpus.inCheckOrder()) {
            CopyCheckResult result = engine.checkAndIndex(pledge.document());
            if (++done % 500 == 0) {
                System.err.printf("%s: %d documents checked%n", variant, done);
            }
            for (SourceMatch s : result.sources()) {
                List<int[]> thisSide = new ArrayList<>();
                List<String> thisSections = new ArrayList<>();
                List<int[]> otherSide = new ArrayList<>();
                List<String> otherSections = new ArrayList<>();
                for (SharedPassage p : s.passages()) {
                    thisSide.add(new int[] {p.thisStart(), p.thisEnd()});
                    thisSections.add(p.sectionKey());
                    otherSide.add(new int[] {p.otherStart(), p.otherEnd()});
                    otherSections.add(p.otherSectionKey());
                }
                views.computeIfAbsent(pledge.id(), k -> new ArrayList<>())
                        .add(new View(s.docId(), s.year(), s.score(), s.suspected(), thisSide, thisSections,
                                s.containmentThisInOther(), s.containmentOtherInThis(), s.surfaceAgreement(),
                                s.authorFit(), s.rareEvidence(), s.direction().name()));
                views.computeIfAbsent(s.docId(), k -> new ArrayList<>())
                        .add(new View(pledge.id(), pledge.year(), s.score(), s.suspected(), otherSide, otherSections,
                                s.containmentOtherInThis(), s.containmentThisInOther(), s.surfaceAgreement(),
                                result.authorFit(), s.rareEvidence(), opposite(s.direction().name())));
            }
        }
        double millisPerDocument = (System.nanoTime() - started) / 1e6 / corpus.pledges().size();
        dumpIfAsked(views);
        // A document's own report is suspected when it lists a suspected source it copied from.
        Map<String, Boolean> suspectedReports = new HashMap<>();
        views.forEach((id, list) -> suspectedReports.put(id, list.stream()
                .anyMatch(v -> v.suspected() && "COPIED_FROM".equals(v.direction()))));
        return score(variant, corpus, views, suspectedReports, engine.config().flagThreshold(), millisPerDocument);
    }

    /** The direction seen from the other document (anything but the two named ones, e.g. UNDETERMINED, is symmetric). */
    private static String opposite(String direction) {
        return switch (direction) {
            case "COPIED_FROM" -> "COPIED_BY";
            case "COPIED_BY" -> "COPIED_FROM";
            default -> direction;
        };
    }

    /**
     * The figures for matches however they were obtained: {@code views} holds, per document id, the matches shown
     * for it (a pair counts when either side shows it as suspected).
     */
    public static EvaluationReport score(String variant, Corpus corpus, Map<String, List<View>> views,
                                         Map<String, Boolean> suspectedReports, double flagThreshold,
                                         double millisPerDocument) {

        Map<String, CorpusPledge> byId = new HashMap<>();
        corpus.pledges().forEach(p -> byId.put(p.id(), p));
        Map<String, String> group = groups(corpus);
        Set<String> copies = new HashSet<>();
        corpus.labels().forEach(l -> copies.add(l.copyId()));

        // Reported pairs: unordered, suspected by either side's check.
        Set<String> reported = new HashSet<>();
        Set<String> wronglyPairedOriginals = new HashSet<>();
        int correct = 0;
        for (var e : views.entrySet()) {
            for (View v : e.getValue()) {
                if (!v.suspected()) {
                    continue;
                }
                String a = e.getKey();
                String b = v.otherId();
                if (!reported.add(pairKey(a, b))) {
                    continue;
                }
                boolean sameGroup = group.containsKey(a) && group.get(a).equals(group.get(b));
                if (sameGroup) {
                    correct++;
                } else if (!copies.contains(a) && !copies.contains(b)) {
                    wronglyPairedOriginals.add(a);
                    wronglyPairedOriginals.add(b);
                }
            }
        }

        int labelled = 0;
        int found = 0;
        int top1 = 0;
        int top1InGroup = 0;
        int partial30 = 0;
        int partial30Found = 0;
        Map<String, double[]> byOp = new TreeMap<>();
        long highlighted = 0;
        long copiedChars = 0;
        long overlap = 0;
        for (CopyLabel label : corpus.labels()) {
            List<View> ofCopy = views.getOrDefault(label.copyId(), List.of());
            View best = ofCopy.stream().min(BEST_FIRST).orElse(null);
            if (best != null && label.sourceIds().contains(best.otherId())) {
                top1++;
            }
            if (best != null && group.get(label.copyId()).equals(group.get(best.otherId()))) {
                top1InGroup++;
            }
            for (String source : label.sourceIds()) {
                labelled++;
                boolean hit = reported.contains(pairKey(label.copyId(), source));
                found += hit ? 1 : 0;
                for (String op : label.ops()) {
                    double[] counts = byOp.computeIfAbsent(op, k -> new double[2]);
                    counts[0] += hit ? 1 : 0;
                    counts[1]++;
                }
                if (label.ops().contains("PARTIAL") && Math.abs(label.partialShare() - 0.3) < 1e-9) {
                    partial30++;
                    partial30Found += hit ? 1 : 0;
                }
                if (!hit) {
                    continue;
                }
                CorpusPledge copy = byId.get(label.copyId());
                Map<String, List<int[]>> truth = CopiedSentences.of(copy, byId.get(source));
                Map<String, List<int[]>> shown = new HashMap<>();
                ofCopy.stream().filter(v -> v.otherId().equals(source)).findFirst().ifPresent(v -> {
                    for (int i = 0; i < v.ranges().size(); i++) {
                        shown.computeIfAbsent(v.sections().get(i), k -> new ArrayList<>()).add(v.ranges().get(i));
                    }
                });
                for (var section : copy.sections()) {
                    boolean[] isTruth = mask(section.text(), truth.getOrDefault(section.key(), List.of()));
                    boolean[] isShown = mask(section.text(), shown.getOrDefault(section.key(), List.of()));
                    if (PASSAGE_DIAGNOSTICS) {
                        diagnose(section.text(), truth.getOrDefault(section.key(), List.of()), isShown);
                    }
                    for (int i = 0; i < section.text().length(); i++) {
                        if (!Character.isLetterOrDigit(section.text().charAt(i))) {
                            continue;
                        }
                        copiedChars += isTruth[i] ? 1 : 0;
                        highlighted += isShown[i] ? 1 : 0;
                        overlap += isTruth[i] && isShown[i] ? 1 : 0;
                    }
                }
            }
        }
        if (PASSAGE_DIAGNOSTICS) {
            System.err.printf("passage diagnostics: copied letters missed in sentences not highlighted at all %d, "
                    + "at the edges of highlighted sentences %d (of which before the first highlighted letter %d, "
                    + "after the last %d); copied sentences %d, not highlighted at all %d%n",
                    DIAG[0], DIAG[1], DIAG[2], DIAG[3], DIAG[4], DIAG[5]);
        }
        int originals = corpus.pledges().size() - copies.size();
        double precision = reported.isEmpty() ? 1 : (double) correct / reported.size();
        double recall = labelled == 0 ? 0 : (double) found / labelled;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new EvaluationReport(variant, corpus.pledges().size(), flagThreshold,
                reported.size(), correct, labelled, found, precision, recall, f1,
                corpus.labels().isEmpty() ? 0 : (double) top1 / corpus.labels().size(),
                corpus.labels().isEmpty() ? 0 : (double) top1InGroup / corpus.labels().size(),
                byOp, partial30 == 0 ? Double.NaN : (double) partial30Found / partial30, partial30,
                CaseFigures.of(corpus, views, suspectedReports, reported::contains, CopyDetectionEvaluation::pairKey),
                originals, wronglyPairedOriginals.size(),
                highlighted == 0 ? 0 : (double) overlap / highlighted, copiedChars == 0 ? 0 : (double) overlap / copiedChars,
                millisPerDocument);
    }

    private static int dumps;

    /** -Dcopycheck.dump=FILE writes every match (checked id, other id, score): for threshold studies, no text. */
    private static void dumpIfAsked(Map<String, List<View>> views) {
        String file = System.getProperty("copycheck.dump");
        if (file == null) {
            return;
        }
        file = file.replace("{n}", String.valueOf(++dumps)); // several corpora in one run: one file each
        StringBuilder out = new StringBuilder();
        views.forEach((id, list) -> list.forEach(v -> out.append(id).append('\t').append(v.otherId()).append('\t')
                .append(v.score()).append('\t').append(v.containmentThis()).append('\t')
                .append(v.containmentOther()).append('\t').append(v.surfaceAgreement()).append('\t')
                .append(v.otherAuthorFit()).append('\t').append(v.suspected()).append('\t')
                .append(v.rareEvidence()).append('\n')));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** -Dcopycheck.passageDiagnostics=true: where highlighted passages miss copied letters (a study knob). */
    private static final boolean PASSAGE_DIAGNOSTICS = Boolean.getBoolean("copycheck.passageDiagnostics");
    private static final long[] DIAG = new long[6];

    private static void diagnose(String text, List<int[]> truthSentences, boolean[] isShown) {
        for (int[] r : truthSentences) {
            int first = -1;
            int last = -1;
            long letters = 0;
            long missed = 0;
            for (int i = Math.max(0, r[0]); i < Math.min(text.length(), r[1]); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    continue;
                }
                letters++;
                if (isShown[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                } else {
                    missed++;
                }
            }
            DIAG[4]++;
            if (first < 0) {
                DIAG[0] += letters;
                DIAG[5]++;
                continue;
            }
            DIAG[1] += missed;
            for (int i = Math.max(0, r[0]); i < first; i++) {
                DIAG[2] += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
            }
            for (int i = last + 1; i < Math.min(text.length(), r[1]); i++) {
                DIAG[3] += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
            }
        }
    }

    private static boolean[] mask(String text, List<int[]> ranges) {
        boolean[] mask = new boolean[text.length()];
        for (int[] r : ranges) {
            for (int i = Math.max(0, r[0]); i < Math.min(text.length(), r[1]); i++) {
                mask[i] = true;
            }
        }
        return mask;
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }

    /** Connected groups of labelled copies: two copies of one source are copies of each other. */
    private static Map<String, String> groups(Corpus corpus) {
        Map<String, String> parent = new HashMap<>();
        for (CopyLabel l : corpus.labels()) {
            for (String s : l.sourceIds()) {
                union(parent, l.copyId(), s);
            }
        }
        Map<String, String> group = new HashMap<>();
        for (String id : new ArrayList<>(parent.keySet())) {
            group.put(id, find(parent, id));
        }
        return group;
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
