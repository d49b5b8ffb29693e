package vn.lamtheo.kernel.similarity.bench;

import vn.lamtheo.kernel.similarity.Section;
import vn.lamtheo.kernel.similarity.SimilarityDocument;

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
 */
final class SentencePools {

    private final Map<String, List<String>> sentencesBySection = new LinkedHashMap<>();
    private final Map<String, int[]> sentenceCounts = new LinkedHashMap<>();

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
        return pools;
    }

    SimilarityDocument pledge(long n, Random random) {
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sentencesBySection.entrySet()) {
            int[] counts = sentenceCounts.get(e.getKey());
            int mean = Math.max(1, Math.round((float) counts[0] / counts[1]));
            int count = Math.max(1, mean - 1 + random.nextInt(3));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : " ").append(e.getValue().get(random.nextInt(e.getValue().size())));
            }
            sections.add(new Section(e.getKey(), text.toString()));
        }
        return new SimilarityDocument("bench-" + n, "member-" + (n % 50_000), 2022 + (int) (n % 5), sections);
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
