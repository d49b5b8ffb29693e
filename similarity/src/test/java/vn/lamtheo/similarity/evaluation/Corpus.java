package vn.lamtheo.similarity.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.lamtheo.similarity.Section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shared corpus: pledges in file order and their copy labels. */
public record Corpus(List<CorpusPledge> pledges, List<CopyLabel> labels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Corpus load(Path directory) {
        try {
            List<CorpusPledge> pledges = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve("dev-pledges.jsonl"))) {
                if (!line.isBlank()) {
                    pledges.add(pledge(JSON.readTree(line)));
                }
            }
            List<CopyLabel> labels = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve("dev-labels.jsonl"))) {
                if (!line.isBlank()) {
                    labels.add(JSON.readValue(line, CopyLabel.class));
                }
            }
            return new Corpus(pledges, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds ../shared/corpus from the working directory or any parent (worktrees sit deeper than the main checkout). */
    public static java.util.Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.exists(candidate.resolve("dev-pledges.jsonl"))) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A small, deterministic slice for unit tests: the first {@code labelCount} labelled copies with their sources,
     * plus the first {@code originalCount} other documents, in file order.
     */
    Corpus slice(int labelCount, int originalCount) {
        List<CopyLabel> chosen = labels.subList(0, Math.min(labelCount, labels.size()));
        Set<String> ids = new java.util.HashSet<>();
        chosen.forEach(l -> {
            ids.add(l.copyId());
            ids.addAll(l.sourceIds());
        });
        Set<String> allCopies = new java.util.HashSet<>();
        labels.forEach(l -> allCopies.add(l.copyId()));
        int added = 0;
        for (CorpusPledge p : pledges) {
            if (added < originalCount && !ids.contains(p.id()) && !allCopies.contains(p.id())) {
                ids.add(p.id());
                added++;
            }
        }
        return new Corpus(pledges.stream().filter(p -> ids.contains(p.id())).toList(), chosen);
    }

    /**
     * File order by default; -Dcopycheck.order=reverse or shuffle:SEED replays another arrival order, to see that
     * the figures do not depend on which of a pair arrives first.
     */
    List<CorpusPledge> inCheckOrder() {
        String order = System.getProperty("copycheck.order", "file");
        List<CorpusPledge> ordered = new ArrayList<>(pledges);
        if (order.equals("reverse")) {
            java.util.Collections.reverse(ordered);
        } else if (order.startsWith("shuffle:")) {
            java.util.Collections.shuffle(ordered, new java.util.Random(Long.parseLong(order.substring(8))));
        }
        return ordered;
    }

    /** Titles and headings: the printed template, never evidence of copying. */
    Collection<String> templateTexts() {
        Set<String> texts = new LinkedHashSet<>();
        for (CorpusPledge p : pledges) {
            texts.add(p.title());
            texts.addAll(p.headings());
        }
        return texts;
    }

    private static CorpusPledge pledge(JsonNode node) {
        List<Section> sections = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("sections").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sections.add(new Section(e.getKey(), e.getValue().asText()));
        }
        List<String> headings = new ArrayList<>();
        node.path("headings").forEach(h -> headings.add(h.asText()));
        JsonNode header = node.path("header");
        String authorProfile = header.path("position").asText("") + ". " + header.path("assignedDuties").asText("");
        return new CorpusPledge(node.get("id").asText(), node.get("memberId").asText(), node.get("year").asInt(),
                node.path("title").asText(""), headings, sections, authorProfile,
                node.hasNonNull("submittedAt") ? node.get("submittedAt").asText() : null);
    }
}
