package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapPassage;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.model.registry.RegistrySearch;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INTERIM stand-in for the shared-kernel similarity engine, used only until it lands: folded syllable
 * 4-shingles, containment in both directions, shingles common to many texts ignored, passages from runs
 * of shared shingles. It compares against every stored text (a scan of {@code model_overlap_texts}), which is
 * acceptable for a few thousand short texts checked once per submission, not for a hot path.
 */
public class InterimShingleOverlapEngine implements OverlapEngine {

    static final int K = 4;
    static final double THRESHOLD = 0.3;
    static final int MIN_SHARED = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final MongoCollection<Document> texts;

    public InterimShingleOverlapEngine(MongoDatabase database) {
        this.texts = database.getCollection("model_overlap_texts");
    }

    @Override
    public void index(OverlapText text) {
        Document doc = new Document("_id", text.key()).append("source", text.source().name()).append("id", text.id())
                .append("title", text.title()).append("text", text.text());
        texts.replaceOne(Filters.eq("_id", text.key()), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OverlapSource source, String id) {
        texts.deleteOne(Filters.eq("_id", source.name() + ":" + id));
    }

    @Override
    public void removeAll(OverlapSource source) {
        texts.deleteMany(Filters.eq("source", source.name()));
    }

    @Override
    public List<OverlapFinding> findOverlaps(OverlapText query) {
        Shingled a = Shingled.of(query.text());
        List<Document> corpus = texts.find().into(new ArrayList<>());
        List<Shingled> others = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Document d : corpus) {
            Shingled s = Shingled.of(d.getString("text"));
            others.add(s);
            s.positions.keySet().forEach(h -> documentFrequency.merge(h, 1, Integer::sum));
        }
        // Phrases found in many texts ("đảng viên chi bộ...") are boilerplate, not evidence.
        int tooCommon = Math.max(3, corpus.size() / 5);
        List<OverlapFinding> findings = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            Document d = corpus.get(i);
            if (d.getString("_id").equals(query.key())) {
                continue;
            }
            Shingled b = others.get(i);
            Set<String> shared = new HashSet<>(a.positions.keySet());
            shared.retainAll(b.positions.keySet());
            shared.removeIf(h -> documentFrequency.getOrDefault(h, 0) > tooCommon);
            if (shared.size() < MIN_SHARED || a.positions.isEmpty() || b.positions.isEmpty()) {
                continue;
            }
            double score = Math.max((double) shared.size() / a.positions.size(), (double) shared.size() / b.positions.size());
            if (score < THRESHOLD) {
                continue;
            }
            findings.add(new OverlapFinding(OverlapSource.valueOf(d.getString("source")), d.getString("id"),
                    d.getString("title"), Math.round(score * 100) / 100.0, passages(a, b, shared)));
        }
        findings.sort(Comparator.comparingDouble(OverlapFinding::score).reversed());
        return findings;
    }

    private static List<OverlapPassage> passages(Shingled a, Shingled b, Set<String> shared) {
        List<OverlapPassage> passages = new ArrayList<>();
        int i = 0;
        while (i < a.shingles.size()) {
            if (!shared.contains(a.shingles.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < a.shingles.size() && shared.contains(a.shingles.get(i))) {
                i++;
            }
            int end = i - 1;
            int bStart = b.positions.get(a.shingles.get(start));
            int bEnd = Math.max(bStart, b.positions.get(a.shingles.get(end)));
            int aFrom = a.tokens.get(start).start;
            int aTo = a.tokens.get(end + K - 1).end;
            int bFrom = b.tokens.get(bStart).start;
            int bTo = b.tokens.get(Math.min(b.tokens.size() - 1, bEnd + K - 1)).end;
            passages.add(new OverlapPassage(aFrom, aTo, bFrom, bTo, excerpt(a.text, aFrom, aTo), excerpt(b.text, bFrom, bTo)));
        }
        return passages;
    }

    private static String excerpt(String text, int from, int to) {
        String s = text.substring(from, to);
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    private record Token(String folded, int start, int end) {
    }

    private static final class Shingled {
        final String text;
        final List<Token> tokens = new ArrayList<>();
        final List<String> shingles = new ArrayList<>();
        final Map<String, Integer> positions = new HashMap<>();

        private Shingled(String text) {
            this.text = text == null ? "" : text;
        }

        static Shingled of(String text) {
            Shingled s = new Shingled(text);
            Matcher m = TOKEN.matcher(s.text);
            while (m.find()) {
                s.tokens.add(new Token(RegistrySearch.fold(m.group()), m.start(), m.end()));
            }
            for (int i = 0; i + K <= s.tokens.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = i; j < i + K; j++) {
                    sb.append(s.tokens.get(j).folded).append(' ');
                }
                String h = sb.toString();
                s.shingles.add(h);
                s.positions.putIfAbsent(h, i);
            }
            return s;
        }
    }
}
