package vn.lamtheo.kernel.similarity;

import vn.lamtheo.kernel.text.ShingleFingerprinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copy detection over documents with sections: winnowed syllable shingles, an inverted index read by exact-key
 * batches, verification by containment both ways, and passages aligned back to both original texts.
 *
 * <p>Evidence: a fingerprint counts only if it is not template text and not a stock phrase, i.e. it occurs in at
 * most {@link SimilarityConfig#stopThreshold(long)} indexed documents at the time of the check. The containment
 * of a document in another is the share of its distinct non-template fingerprints that are shared evidence.
 *
 * <p>Order: the document checked later finds the one indexed earlier, whatever their years; a match with a
 * document of a later year is reported as {@link MatchDirection#COPIED_BY} and does not make this one suspected.
 * Same index contents and same input give the same result (ties are broken by document id).
 */
public final class SimilarityEngine {

    private final SimilarityConfig config;
    private final DocumentFingerprinter fingerprinter;
    private final FingerprintIndex index;
    private final FingerprintStore store;
    private final PassageAligner aligner;

    public SimilarityEngine(SimilarityConfig config, TemplateFingerprints template,
                            FingerprintIndex index, FingerprintStore store) {
        this.config = config;
        this.fingerprinter = new DocumentFingerprinter(
                new ShingleFingerprinter(config.shingleSyllables(), config.guaranteeSyllables()), template);
        this.index = index;
        this.store = store;
        this.aligner = new PassageAligner(config.passageGapSyllables());
    }

    /** The fingerprinter for template texts built with the same k and t as the engine. */
    public static ShingleFingerprinter fingerprinterFor(SimilarityConfig config) {
        return new ShingleFingerprinter(config.shingleSyllables(), config.guaranteeSyllables());
    }

    public SimilarityConfig config() {
        return config;
    }

    /** Checks a document against the index without changing it. */
    public CopyCheckResult check(SimilarityDocument document) {
        return check(fingerprinter.fingerprint(document), isIndexed(document.id()));
    }

    /** Adds (or replaces) a document in the index; later checks will find it. */
    public void index(SimilarityDocument document) {
        index(fingerprinter.fingerprint(document), isIndexed(document.id()));
    }

    /** What a submission does: check against everything indexed so far, then index. */
    public CopyCheckResult checkAndIndex(SimilarityDocument document) {
        DocumentFingerprints fingerprints = fingerprinter.fingerprint(document);
        boolean indexed = isIndexed(document.id());
        CopyCheckResult result = check(fingerprints, indexed);
        index(fingerprints, indexed);
        return result;
    }

    /** Bulk indexing without checks (rebuilds, imports that are checked separately, benchmarks): batched writes. */
    public void indexAll(List<SimilarityDocument> documents) {
        List<DocumentFingerprints> all = documents.stream().map(fingerprinter::fingerprint).toList();
        removeExisting(all.stream().map(DocumentFingerprints::docId).toList());
        store.put(all);
        index.add(all.stream().map(d -> new IndexEntry(d.docId(), d.year(), fingerprinter.evidenceHashes(d))).toList());
    }

    public void remove(String docId) {
        removeExisting(List.of(docId));
    }

    private boolean isIndexed(String docId) {
        return !store.summaries(List.of(docId)).isEmpty();
    }

    private void index(DocumentFingerprints document, boolean alreadyIndexed) {
        if (alreadyIndexed) {
            removeExisting(List.of(document.docId()));
        }
        store.put(List.of(document));
        index.add(List.of(new IndexEntry(document.docId(), document.year(), fingerprinter.evidenceHashes(document))));
    }

    private void removeExisting(List<String> docIds) {
        for (DocumentFingerprints old : store.get(docIds).values()) {
            index.remove(new IndexEntry(old.docId(), old.year(), fingerprinter.evidenceHashes(old)));
            store.remove(old.docId());
        }
    }

    /** @param selfIndexed a re-check of an indexed document must not count the document itself */
    private CopyCheckResult check(DocumentFingerprints self, boolean selfIndexed) {
        if (self.evidenceCount() == 0) {
            return new CopyCheckResult(self.docId(), 0, false, List.of());
        }
        long[] candidateHashes = fingerprinter.evidenceHashes(self);
        Map<Long, Integer> frequencies = index.frequencies(candidateHashes);
        long population = index.documentCount() - (selfIndexed ? 1 : 0);
        int stopAbove = config.stopThreshold(population);

        long[] evidenceHashes = frequencies.entrySet().stream()
                .filter(e -> {
                    int frequency = e.getValue() - (selfIndexed ? 1 : 0);
                    return frequency > 0 && frequency <= stopAbove; // else a stock phrase, or only ourselves
                })
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        Set<Long> evidence = new HashSet<>();
        Map<String, Integer> sharedCounts = new HashMap<>();
        for (Map.Entry<Long, List<Posting>> entry : index.postings(evidenceHashes).entrySet()) {
            evidence.add(entry.getKey());
            for (Posting p : entry.getValue()) {
                if (!p.docId().equals(self.docId())) {
                    sharedCounts.merge(p.docId(), 1, Integer::sum);
                }
            }
        }

        double bestReachable = config.reportThreshold();
        List<Map.Entry<String, Integer>> candidates = sharedCounts.entrySet().stream()
                .filter(e -> e.getValue() >= config.minSharedFingerprints())
                .filter(e -> config.pairScore().upperBound((double) e.getValue() / self.evidenceCount()) >= bestReachable)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxCandidates())
                .toList();
        if (candidates.isEmpty()) {
            return new CopyCheckResult(self.docId(), 0, false, List.of());
        }

        Map<String, DocumentFingerprints> summaries = store.summaries(candidates.stream().map(Map.Entry::getKey).toList());
        List<ScoredCandidate> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> c : candidates) {
            DocumentFingerprints other = summaries.get(c.getKey());
            if (other == null || other.evidenceCount() == 0) {
                continue; // removed meanwhile
            }
            double thisInOther = (double) c.getValue() / self.evidenceCount();
            double otherInThis = Math.min(1.0, (double) c.getValue() / other.evidenceCount());
            double score = config.pairScore().combine(thisInOther, otherInThis);
            if (score >= config.reportThreshold()) {
                scored.add(new ScoredCandidate(other, score, thisInOther, otherInThis));
            }
        }
        // Best first; on equal scores the older document first (the likelier original), then by id.
        scored.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed()
                .thenComparingInt(s -> s.other().year())
                .thenComparing(s -> s.other().docId()));
        List<ScoredCandidate> reported = scored.subList(0, Math.min(config.maxSources(), scored.size()));

        Map<String, DocumentFingerprints> full = store.get(reported.stream().map(s -> s.other().docId()).toList());
        Set<Long> selfHashes = new HashSet<>();
        for (long h : self.hashes()) {
            selfHashes.add(h);
        }
        List<SourceMatch> sources = new ArrayList<>();
        for (ScoredCandidate s : reported) {
            DocumentFingerprints other = full.get(s.other().docId());
            List<SharedPassage> passages = other == null ? List.of() : aligner.align(self, other,
                    commonNonTemplate(selfHashes, other), evidence::contains);
            CopyKind kind = self.ownerId() != null && self.ownerId().equals(s.other().ownerId())
                    ? CopyKind.SELF_COPY : CopyKind.COPY;
            MatchDirection direction = s.other().year() > self.year() ? MatchDirection.COPIED_BY : MatchDirection.COPIED_FROM;
            sources.add(new SourceMatch(s.other().docId(), s.other().ownerId(), s.other().year(), round(s.score()),
                    s.score() >= config.flagThreshold(), round(s.thisInOther()), round(s.otherInThis()),
                    kind, direction, passages));
        }
        double score = sources.stream().filter(s -> s.direction() == MatchDirection.COPIED_FROM)
                .mapToDouble(SourceMatch::score).max().orElse(0);
        return new CopyCheckResult(self.docId(), score, score >= config.flagThreshold(), sources);
    }

    private Set<Long> commonNonTemplate(Set<Long> selfHashes, DocumentFingerprints other) {
        Set<Long> common = new HashSet<>();
        for (long h : other.hashes()) {
            if (selfHashes.contains(h) && !fingerprinter.isTemplate(h)) {
                common.add(h);
            }
        }
        return common;
    }

    /** Scores are reported to 4 decimals so that results compare equal across platforms and serializers. */
    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    private record ScoredCandidate(DocumentFingerprints other, double score, double thisInOther, double otherInThis) {
    }
}
