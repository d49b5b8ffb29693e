package vn.lamtheo.model.overlap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.model.dvk.DvkCatalog;
import vn.lamtheo.model.dvk.DvkImporter;
import vn.lamtheo.model.store.Documents;
import vn.lamtheo.model.testsupport.MongoTestSupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overlap detection on a labelled set: 16 Dân vận khéo entries and 24 proposed models of Cầu Ngang, ten of which
 * duplicate a Dân vận khéo entry or an earlier model (copied or lightly reworded), the others on neighbouring
 * topics with the same administrative vocabulary. Models arrive in order, as submissions would.
 */
class OverlapLabelledSetTest {

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    OverlapEngine engine;

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        engine = new OverlapConfiguration().overlapEngine(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    record Labelled(String id, String expected, OverlapText text) {
    }

    @Test
    void findsEveryLabelledOverlapAndNothingElse() throws IOException {
        DvkImporter.Result imported = new DvkImporter(new DvkCatalog(mongo.database()), engine).importJsonLines(resource("dvk.jsonl"));
        assertThat(imported.imported()).isEqualTo(16);

        List<String> wrong = new ArrayList<>();
        int truePositives = 0;
        int expectedPositives = 0;
        for (Labelled m : models()) {
            List<OverlapFinding> findings = engine.findOverlaps(m.text());
            engine.index(m.text());
            String found = findings.isEmpty() ? null : findings.get(0).sourceId();
            if (m.expected() != null) {
                expectedPositives++;
            }
            if (m.expected() != null && m.expected().equals(found)) {
                truePositives++;
                OverlapFinding best = findings.get(0);
                assertThat(best.passages()).as("passages of " + m.id()).isNotEmpty();
                OverlapPassage p = best.passages().get(0);
                assertThat(p.modelExcerpt()).as("the excerpt is the model's text at the offsets")
                        .startsWith(m.text().text().substring(p.modelStart(), Math.min(p.modelEnd(), p.modelStart() + 200)));
                assertThat(best.source()).isEqualTo(m.expected().startsWith("dvk") ? OverlapSource.DAN_VAN_KHEO : OverlapSource.MODEL);
            } else if (!java.util.Objects.equals(m.expected(), found) || findings.size() > (m.expected() == null ? 0 : 1)) {
                wrong.add(m.id() + ": expected " + m.expected() + ", found " + findings.stream().map(f -> f.sourceId() + "=" + f.score()).toList());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(truePositives).isEqualTo(expectedPositives).isEqualTo(10);
    }

    private List<Labelled> models() throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : resource("models.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Documents.mapper().readTree(line);
            ModelDescription d = new ModelDescription(t(n, "reason"), t(n, "goals"), t(n, "content"), t(n, "scope"), t(n, "forces"),
                    t(n, "resources"), t(n, "timeline"), t(n, "expectedResults"), t(n, "replication"));
            ModelContent c = new ModelContent(t(n, "title"), t(n, "field"), ModelKind.valueOf(t(n, "kind")), n.get("startYear").asInt(), d);
            out.add(new Labelled(t(n, "id"), t(n, "expected"), OverlapText.ofModel(t(n, "id"), c)));
        }
        return out;
    }

    private static String t(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/overlap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
