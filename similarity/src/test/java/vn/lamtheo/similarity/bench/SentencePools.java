package vn.lamtheo.similarity.bench;

import vn.lamtheo.similarity.Section;
import vn.lamtheo.similarity.SimilarityDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic pledges for the benchmark: every section is a random recombination of the corpus sentences written
 * under that section key, with the corpus' typical sentence count per section. Seeded: same N, same pledges.
 * <p>
 * Recombined corpus sentences are shared pool text: from about 100k pledges on, nearly every one of their
 * fingerprints is in more pledges than the stock cap, so a copy of such a pledge carries no evidence and its check
 * only measures the no-evidence path. So one pledge in {@link #OWN_WRITERS} also writes a share
 * {@link #OWN_SHARE} of its sentences itself (random words of the section's vocabulary: text no other pledge has),
 * and the benchmark's copy probes copy those pledges: their checks find the source, align and report it at every N.
 */
final class SentencePools {

    /** One pledge in this many writes some sentences of its own (-Dcopycheck.ownWriters). */
    static final int OWN_WRITERS = Integer.getInteger("copycheck.ownWriters", 100);
    /** The share of an own writer's sentences that are its own (-Dcopycheck.ownShare). */
    static final double OWN_SHARE = Double.parseDouble(System.getProperty("copycheck.ownShare", "0.5"));

    private final Map<String, List<String>> sentencesBySection = new LinkedHashMap<>();
    private final Map<String, int[]> sentenceCounts = new LinkedHashMap<>();
    private final Map<String, String[]> wordsBySection = new LinkedHashMap<>();

    static SentencePools load(Path corpusDir) {
        SentencePools pools = new SentencePools();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(corpusDir.resolve("dev-pledges.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode sections = json.readTree(line).get("sections");
                for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<String> sentences = split(e.getValue().asText());
                    pools.sentencesBySection.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(sentences);
                    int[] counts = pools.sentenceCounts.computeIfAbsent(e.getKey(), k -> new int[2]);
                    counts[0] += sentences.size();
                    counts[1]++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pools.sentencesBySection.forEach((key, sentences) -> pools.wordsBySection.put(key, sentences.stream()
                .flatMap(x -> java.util.Arrays.stream(x.replaceAll("[.;!?,:]", " ").trim().split("\\s+")))
                .filter(w -> !w.isBlank()).distinct().toArray(String[]::new)));
        return pools;
    }

    /** Whether pledge n is one of the pledges that write some sentences of their own. */
    static boolean ownWriter(long n) {
        return n % OWN_WRITERS == 0;
    }

    SimilarityDocument pledge(long n, Random random) {
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sentencesBySection.entrySet()) {
            int[] counts = sentenceCounts.get(e.getKey());
            int mean = Math.max(1, Math.round((float) counts[0] / counts[1]));
            int count = Math.max(1, mean - 1 + random.nextInt(3));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String sentence = ownWriter(n) && random.nextDouble() < OWN_SHARE
                        ? ownSentence(wordsBySection.get(e.getKey()), random)
                        : e.getValue().get(random.nextInt(e.getValue().size()));
                text.append(i == 0 ? "" : " ").append(sentence);
            }
            sections.add(new Section(e.getKey(), text.toString()));
        }
        return new SimilarityDocument("bench-" + n, "member-" + (n % 50_000), 2022 + (int) (n % 5), sections);
    }

    private static String ownSentence(String[] words, Random random) {
        StringBuilder out = new StringBuilder();
        int length = 15 + random.nextInt(11);
        for (int i = 0; i < length; i++) {
            out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.append('.').toString();
    }

    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?') {
                String s = text.substring(start, i + 1).trim();
                if (!s.isEmpty()) {
                    sentences.add(s);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).trim();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }
}
