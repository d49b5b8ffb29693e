package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.ShingleFingerprinter;

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
 * Same index contents and same input give the same result: sources are ranked by {@link SourceMatch#BEST_FIRST},
 * whose last key is the document id.
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
        this.aligner = new PassageAligner(config.passageGapSyllables(), config.shingleSyllables());
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
        return check(fingerprinter.fingerprint(document));
    }

    /** Adds (or replaces) a document in the index; later checks will find it. */
    public void index(SimilarityDocument document) {
        index(fingerprinter.fingerprint(document), Map.of(), false);
    }

    /** What a submission or a revision does: check against everything indexed so far, then index. */
    public CopyCheckResult checkAndIndex(SimilarityDocument document) {
        DocumentFingerprints fingerprints = fingerprinter.fingerprint(document);
        Map<Long, Integer> frequencies = new HashMap<>();
        CopyCheckResult result = check(fingerprints, frequencies);
        index(fingerprints, frequencies, true);
        return result;
    }

    /** Bulk indexing without checks (rebuilds, imports checked separately, benchmarks): batched reads and writes. */
    public void indexAll(List<SimilarityDocument> documents) {
        List<DocumentFingerprints> all = documents.stream().map(fingerprinter::fingerprint).toList();
        for (DocumentFingerprints old : store.get(all.stream().map(DocumentFingerprints::docId).toList()).values()) {
            unindex(old);
        }
        long[] union = all.stream().flatMapToLong(d -> java.util.Arrays.stream(fingerprinter.evidenceHashes(d)))
                .distinct().toArray();
        Map<Long, Integer> frequencies = index.snapshot(union).frequencies();
        store.put(all);
        index.add(all.stream().map(d -> new IndexEntry(d.docId(), d.year(), unsaturated(d, frequencies))).toList(),
                h -> !frequencies.containsKey(h));
    }

    public void remove(String docId) {
        store.get(List.of(docId)).values().forEach(old -> {
            unindex(old);
            store.remove(docId);
        });
    }

    /** @param frequenciesRead whether {@code knownFrequencies} holds every evidence fingerprint just read (absent: none) */
    private void index(DocumentFingerprints document, Map<Long, Integer> knownFrequencies, boolean frequenciesRead) {
        store.replace(document).ifPresent(this::unindex);
        List<IndexEntry> entry = List.of(new IndexEntry(document.docId(), document.year(), unsaturated(document, knownFrequencies)));
        if (frequenciesRead) {
            index.add(entry, h -> !knownFrequencies.containsKey(h));
        } else {
            index.add(entry);
        }
    }

    private void unindex(DocumentFingerprints old) {
        Map<Long, Integer> frequencies = index.snapshot(fingerprinter.evidenceHashes(old)).frequencies();
        index.remove(new IndexEntry(old.docId(), old.year(), unsaturated(old, frequencies)));
    }

    /** Evidence fingerprints minus the saturated ones: those are stock for good and are not written any more. */
    private long[] unsaturated(DocumentFingerprints document, Map<Long, Integer> knownFrequencies) {
        return java.util.Arrays.stream(fingerprinter.evidenceHashes(document))
                .filter(h -> knownFrequencies.getOrDefault(h, 0) < config.maxPostingsPerFingerprint())
                .toArray();
    }

    private CopyCheckResult check(DocumentFingerprints self) {
        return check(self, new HashMap<>());
    }

    /**
     * @param frequenciesOut receives the frequencies read, so that indexing right after needs no second read
     */
    private CopyCheckResult check(DocumentFingerprints self, Map<Long, Integer> frequenciesOut) {
        long[] ownHashes = fingerprinter.evidenceHashes(self);
        IndexSnapshot snapshot = index.snapshot(ownHashes);
        frequenciesOut.putAll(snapshot.frequencies());
        if (self.evidenceCount() == 0) {
            return new CopyCheckResult(self.docId(), 0, false, List.of(), self.authorFit());
        }
        // Postings are read one frequency above the stop level: a re-check of an indexed document (a revision)
        // finds itself there and must then discount itself, as if it were not indexed.
        int stopAbove = config.stopThreshold(snapshot.population());
        long[] readable = snapshot.frequencies().entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getValue() <= stopAbove + 1)
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        Map<Long, List<Posting>> postings = index.postings(snapshot, readable);
        // One pass over the postings: does each list hold this document (a re-check of an indexed one)?
        String selfId = self.docId();
        boolean[] containsSelf = new boolean[readable.length];
        boolean selfIndexed = false;
        for (int i = 0; i < readable.length; i++) {
            for (Posting p : postings.getOrDefault(readable[i], List.of())) {
                if (p.docId().equals(selfId)) {
                    containsSelf[i] = true;
                    selfIndexed = true;
                    break;
                }
            }
        }
        int stopLevel = config.stopThreshold(snapshot.population() - (selfIndexed ? 1 : 0));

        Set<Long> evidence = new HashSet<>();
        Map<String, SharedEvidence> shared = new HashMap<>();
        RareEvidence rare = new RareEvidence(stopLevel, snapshot.population() - (selfIndexed ? 1 : 0));
        for (int i = 0; i < readable.length; i++) {
            long hash = readable[i];
            int frequency = snapshot.frequencies().get(hash) - (containsSelf[i] ? 1 : 0);
            if (frequency <= 0 || frequency > stopLevel) {
                continue; // a stock phrase (or only ourselves): no evidence
            }
            evidence.add(hash);
            rare.expect(frequency);
            double weight = rare.weight(frequency);
            for (Posting p : postings.getOrDefault(hash, List.of())) {
                shared.computeIfAbsent(p.docId(), id -> new SharedEvidence()).add(weight);
            }
        }
        shared.remove(selfId);
        double evidenceLevel = rare.flagLevel(config.evidenceFalsePairs(), sentenceCount(self),
                shared.values().stream().map(e -> e.weight).toList(), config.evidencePeerRank(), config.evidencePeerFactor());

        double bestReachable = config.reportThreshold();
        // Candidates: most shared evidence first, then id (deterministic); hopeless ones are not even read. A candidate
        // is hopeful when its share of this document's evidence can reach the report, or when the rare text it shares
        // can (however small a share of a longer text it is).
        List<Map.Entry<String, SharedEvidence>> candidates = new ArrayList<>();
        for (Map.Entry<String, SharedEvidence> e : shared.entrySet()) {
            SharedEvidence s = e.getValue();
            if (s.count >= config.minSharedFingerprints()
                    && (config.pairScore().upperBound((double) s.count / self.evidenceCount()) >= bestReachable
                    || evidenceScore(s.weight, evidenceLevel) >= bestReachable)) {
                candidates.add(e);
            }
        }
        candidates.sort(Comparator.comparingInt((Map.Entry<String, SharedEvidence> e) -> e.getValue().count).reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        if (candidates.size() > config.maxCandidates()) {
            candidates = candidates.subList(0, config.maxCandidates());
        }
        if (candidates.isEmpty()) {
            return new CopyCheckResult(self.docId(), 0, false, List.of(), self.authorFit());
        }

        Map<String, DocumentFingerprints> summaries = store.summaries(candidates.stream().map(Map.Entry::getKey).toList());
        List<ScoredCandidate> scored = new ArrayList<>();
        for (Map.Entry<String, SharedEvidence> c : candidates) {
            DocumentFingerprints other = summaries.get(c.getKey());
            if (other == null || other.evidenceCount() == 0) {
                continue; // removed meanwhile
            }
            int count = c.getValue().count;
            double thisInOther = (double) count / self.evidenceCount();
            double otherInThis = Math.min(1.0, (double) count / other.evidenceCount());
            double ratio = config.pairScore().combine(thisInOther, otherInThis);
            double score = Math.max(ratio, evidenceScore(c.getValue().weight, evidenceLevel));
            if (score >= config.reportThreshold()) {
                scored.add(new ScoredCandidate(other, score, thisInOther, otherInThis,
                        c.getValue().weight / evidenceLevel));
            }
        }
        // Best first; on equal scores the older document first (the likelier original), then the one about its own
        // author, then by id.
        scored.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed()
                .thenComparingInt(s -> s.other().year())
                .thenComparing(Comparator.comparingDouble((ScoredCandidate s) -> s.other().authorFit()).reversed())
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
            double agreement = other == null ? 0 : SurfaceAgreement.of(self, other, passages);
            sources.add(new SourceMatch(s.other().docId(), s.other().ownerId(), s.other().year(), round(s.score()),
                    s.score() >= config.flagThreshold(), round(s.thisInOther()), round(s.otherInThis()), agreement,
                    s.other().authorFit(), round(s.rareEvidence()), kind, direction, passages));
        }
        // Equal scores (e.g. a source and its copy without diacritics: the same text once folded) go to the one
        // written like the checked document. (The cut at maxSources above is by score, year, author fit and id: the
        // agreement needs the texts, which are read for the reported sources only.)
        sources.sort(SourceMatch.BEST_FIRST);
        double score = sources.stream().filter(s -> s.direction() == MatchDirection.COPIED_FROM)
                .mapToDouble(SourceMatch::score).max().orElse(0);
        return new CopyCheckResult(self.docId(), score, score >= config.flagThreshold(), sources, self.authorFit());
    }

    /** Sentences end at . ; ! ? or a line break. */
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[.;!?\\n]+");

    private static int sentenceCount(DocumentFingerprints document) {
        int sentences = 0;
        for (String text : document.sectionTexts()) {
            sentences += (int) SENTENCE.splitAsStream(text).filter(t -> !t.isBlank()).count();
        }
        return sentences;
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

    /**
     * The rare evidence on the score's scale: the flag threshold exactly when it reaches the flag level (the ratio rule
     * and this one then agree that the pair is suspected, and a suspected pair ranks above every unsuspected one),
     * proportionally below it, never above it (beyond the flag, pairs are ranked by their share of shared text).
     */
    private double evidenceScore(double weight, double evidenceLevel) {
        return config.flagThreshold() * Math.min(1.0, weight / evidenceLevel);
    }

    /** What a candidate shares with the checked document: evidence fingerprints, and their summed rarity weight. */
    private static final class SharedEvidence {
        int count;
        double weight;

        void add(double w) {
            count++;
            weight += w;
        }
    }

    private record ScoredCandidate(DocumentFingerprints other, double score, double thisInOther, double otherInThis,
                                   double rareEvidence) {
    }
}
