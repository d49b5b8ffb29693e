package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapPassage;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.similarity.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model context's use of the shared similarity engine (the one the pledge copy check uses), with its own
 * index ({@code model_overlap_*} collections). Models and Dân vận khéo entries are one-section documents whose
 * owner is the document itself and whose year is the same for all, so every match is an overlap in either
 * direction; the pair score is the larger containment: a short Dân vận khéo entry wholly contained in a longer
 * model is an overlap. Titles and texts are kept beside the index to name sources and cut excerpts.
 */
public class KernelSimilarityOverlapEngine implements OverlapEngine {

    static final String PREFIX = "model_overlap";
    static final String SECTION = "text";
    private static final int YEAR = 0;

    private final SimilarityEngine engine;
    private final MongoCollection<Document> texts;

    public KernelSimilarityOverlapEngine(MongoDatabase database, SimilarityConfig config) {
        this.engine = new SimilarityEngine(config, TemplateFingerprints.none(),
                new MongoFingerprintIndex(database, PREFIX, config.maxPostingsPerFingerprint()),
                new MongoFingerprintStore(database, PREFIX));
        this.texts = database.getCollection(PREFIX + "_texts");
    }

    /** The engine's defaults, scored by the larger containment: a short entry inside a long model is an overlap. */
    public static SimilarityConfig overlapConfig() {
        SimilarityConfig d = SimilarityConfig.defaults();
        return new SimilarityConfig(d.shingleSyllables(), d.guaranteeSyllables(), d.stopDocumentShare(), d.minStopDocuments(),
                d.maxPostingsPerFingerprint(), d.minSharedFingerprints(), d.maxCandidates(), 0.30, 0.50,
                PairScore.LARGER_CONTAINMENT, d.passageGapSyllables(), d.maxSources(), 0, d.evidencePeerRank(),
                d.evidencePeerFactor());
    }

    @Override
    public void index(OverlapText text) {
        texts.replaceOne(Filters.eq("_id", text.key()), new Document("_id", text.key()).append("source", text.source().name())
                .append("id", text.id()).append("title", text.title()).append("text", text.text()), new ReplaceOptions().upsert(true));
        engine.index(document(text));
    }

    @Override
    public void remove(OverlapSource source, String id) {
        String key = source.name() + ":" + id;
        engine.remove(key);
        texts.deleteOne(Filters.eq("_id", key));
    }

    @Override
    public void removeAll(OverlapSource source) {
        // A reset: the texts collection is small (one document per model), so reading it whole is acceptable here.
        for (Document d : texts.find(Filters.eq("source", source.name()))) {
            engine.remove(d.getString("_id"));
        }
        texts.deleteMany(Filters.eq("source", source.name()));
    }

    @Override
    public List<OverlapFinding> findOverlaps(OverlapText text) {
        CopyCheckResult result = engine.check(document(text));
        List<OverlapFinding> findings = new ArrayList<>();
        for (SourceMatch match : result.sources()) {
            if (match.docId().equals(text.key())) {
                continue;
            }
            Optional<Document> other = Optional.ofNullable(texts.find(Filters.eq("_id", match.docId())).first());
            if (other.isEmpty()) {
                continue; // removed since it was indexed
            }
            String otherText = other.get().getString("text");
            List<OverlapPassage> passages = new ArrayList<>();
            for (SharedPassage p : match.passages()) {
                passages.add(new OverlapPassage(p.thisStart(), p.thisEnd(), p.otherStart(), p.otherEnd(),
                        excerpt(text.text(), p.thisStart(), p.thisEnd()), excerpt(otherText, p.otherStart(), p.otherEnd())));
            }
            findings.add(new OverlapFinding(OverlapSource.valueOf(other.get().getString("source")), other.get().getString("id"),
                    other.get().getString("title"), match.score(), passages));
        }
        return findings;
    }

    private static SimilarityDocument document(OverlapText text) {
        return new SimilarityDocument(text.key(), text.key(), YEAR, List.of(new Section(SECTION, text.text())));
    }

    private static String excerpt(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        String s = text.substring(start, end);
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }
}
