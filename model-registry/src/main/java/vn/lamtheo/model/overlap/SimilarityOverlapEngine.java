package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapPassage;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.kernel.similarity.CopyCheckResult;
import vn.lamtheo.kernel.similarity.MongoFingerprintIndex;
import vn.lamtheo.kernel.similarity.MongoFingerprintStore;
import vn.lamtheo.kernel.similarity.PairScore;
import vn.lamtheo.kernel.similarity.Section;
import vn.lamtheo.kernel.similarity.SharedPassage;
import vn.lamtheo.kernel.similarity.SimilarityConfig;
import vn.lamtheo.kernel.similarity.SimilarityDocument;
import vn.lamtheo.kernel.similarity.SimilarityEngine;
import vn.lamtheo.kernel.similarity.SourceMatch;
import vn.lamtheo.kernel.similarity.TemplateFingerprints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model context's overlap engine: the shared-kernel {@link SimilarityEngine} (the one the pledge copy check uses)
 * over its own index ({@code model_overlap_*} collections, apart from pledges), holding registry models and Dân vận
 * khéo entries side by side under keys {@code SOURCE:id}. Titles and texts are kept beside it for the excerpts.
 *
 * <p>Settings differ from pledges on purpose: an overlap is one text covering much of the other (a model restating a
 * Dân vận khéo entry inside a longer form), so the pair score is the larger containment; only suspected matches
 * (at the flagging threshold) are findings, for the curator to decide. Every text is of "year 0": any indexed text is
 * a possible original.
 */
public final class SimilarityOverlapEngine implements OverlapEngine {

    /** Collection prefix of the model index; pledges use {@code pledge_copycheck}. */
    public static final String INDEX = "model_overlap";
    private static final String SECTION = "text";
    private static final int EXCERPT = 300;

    private final SimilarityEngine engine;
    private final MongoCollection<Document> texts;

    public SimilarityOverlapEngine(MongoDatabase database) {
        SimilarityConfig defaults = SimilarityConfig.defaults();
        SimilarityConfig config = new SimilarityConfig(defaults.shingleSyllables(), defaults.guaranteeSyllables(),
                defaults.stopDocumentShare(), defaults.minStopDocuments(), defaults.maxPostingsPerFingerprint(),
                defaults.minSharedFingerprints(), defaults.maxCandidates(),
                defaults.flagThreshold(), defaults.flagThreshold(), PairScore.LARGER_CONTAINMENT,
                defaults.passageGapSyllables(), defaults.maxSources());
        this.engine = new SimilarityEngine(config, TemplateFingerprints.none(),
                new MongoFingerprintIndex(database, INDEX, config.maxPostingsPerFingerprint()),
                new MongoFingerprintStore(database, INDEX));
        this.texts = database.getCollection(INDEX + "_texts");
    }

    @Override
    public void index(OverlapText text) {
        engine.index(document(text));
        texts.replaceOne(Filters.eq("_id", text.key()), new Document("_id", text.key()).append("source", text.source().name())
                .append("id", text.id()).append("title", text.title()).append("text", text.text()), new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OverlapSource source, String id) {
        String key = source.name() + ":" + id;
        engine.remove(key);
        texts.deleteOne(Filters.eq("_id", key));
    }

    @Override
    public void removeAll(OverlapSource source) {
        // A reset only: reads the keys of one source (a scan of a small collection), then forgets each.
        List<String> keys = new ArrayList<>();
        texts.find(Filters.eq("source", source.name())).projection(Projections.include("_id"))
                .forEach(d -> keys.add(d.getString("_id")));
        keys.forEach(engine::remove);
        texts.deleteMany(Filters.in("_id", keys));
    }

    @Override
    public List<OverlapFinding> findOverlaps(OverlapText text) {
        CopyCheckResult result = engine.check(document(text));
        List<SourceMatch> matches = result.sources().stream()
                .filter(SourceMatch::suspected).filter(s -> !s.docId().equals(text.key())).toList();
        Map<String, Document> others = new HashMap<>();
        if (!matches.isEmpty()) {
            texts.find(Filters.in("_id", matches.stream().map(SourceMatch::docId).toList()))
                    .forEach(d -> others.put(d.getString("_id"), d));
        }
        List<OverlapFinding> findings = new ArrayList<>();
        for (SourceMatch m : matches) {
            Document other = others.get(m.docId());
            if (other == null) {
                continue; // forgotten meanwhile
            }
            String otherText = other.getString("text");
            List<OverlapPassage> passages = m.passages().stream()
                    .map(p -> passage(p, text.text(), otherText)).toList();
            findings.add(new OverlapFinding(OverlapSource.valueOf(other.getString("source")), other.getString("id"),
                    other.getString("title"), Math.round(m.score() * 100) / 100.0, passages));
        }
        return findings; // the engine ranks best first, ties by the older text then id: deterministic
    }

    private static SimilarityDocument document(OverlapText text) {
        // The owner is the text itself: no two texts are "self copies" of each other.
        return new SimilarityDocument(text.key(), text.key(), 0, List.of(new Section(SECTION, text.text())));
    }

    private static OverlapPassage passage(SharedPassage p, String modelText, String sourceText) {
        return new OverlapPassage(p.thisStart(), p.thisEnd(), p.otherStart(), p.otherEnd(),
                excerpt(modelText, p.thisStart(), p.thisEnd()), excerpt(sourceText, p.otherStart(), p.otherEnd()));
    }

    private static String excerpt(String text, int from, int to) {
        if (text == null || from < 0 || to > text.length() || from > to) {
            return "";
        }
        String s = text.substring(from, to);
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1) + "…";
    }
}
