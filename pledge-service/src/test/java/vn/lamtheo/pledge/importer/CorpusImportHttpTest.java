package vn.lamtheo.pledge.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports a slice of the shared corpus over HTTP as admin: nothing rejected, ids kept, past years approved;
 * importing again changes nothing; bad lines are reported by number without stopping the rest. The whole corpus
 * (3,600 pledges) is imported once per build, by the supervision report's corpus test, which also requires zero
 * rejections. The corpus lives in {@code shared/corpus} beside the repository (found by walking up from the
 * module); the test is skipped when it is absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-import-${random.uuid}")
class CorpusImportHttpTest {

    @LocalServerPort
    int port;

    static Optional<Path> corpus() {
        String explicit = System.getenv("LAMTHEO_CORPUS");
        if (explicit != null && Files.isRegularFile(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/dev-pledges.jsonl");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Lines of the corpus imported here: enough for several units, years and template kinds. */
    static final int SLICE = 300;

    @Test
    void imports_the_corpus_with_nothing_rejected_and_again_with_nothing_changed() throws IOException {
        Optional<Path> file = corpus();
        Assumptions.assumeTrue(file.isPresent(),
                "shared/corpus/dev-pledges.jsonl not found above " + Path.of("").toAbsolutePath() + ": corpus import not tested");
        Http http = new Http(port);
        List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Http.Answer first = http.send(HttpRequest.newBuilder(http.uri("/api/admin/import/pledges"))
                .timeout(Duration.ofMinutes(20))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines.subList(0, SLICE)) + "\n")), "admin");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode report = first.json();
        System.out.printf("Corpus slice import: %d lines, %d imported, %d unchanged, %d rejected in %d ms over HTTP (%.1f pledges/s)%n",
                report.path("lines").asInt(), report.path("imported").asInt(), report.path("unchanged").asInt(),
                report.path("rejected").asInt(), millis, report.path("imported").asInt() * 1000.0 / Math.max(1, millis));
        assertThat(report.path("rejected").asInt()).as(report.path("errors").toString()).isZero();
        assertThat(report.path("imported").asInt()).isEqualTo(SLICE);
        assertThat(report.path("lines").asInt()).isEqualTo(SLICE);

        // an imported pledge keeps its id; past years come in approved, this year submitted
        Http.Answer known = http.get("admin", "/api/pledges/pl-833f3a031a");
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
        assertThat(known.text("/status")).isEqualTo("APPROVED");
        assertThat(known.text("/memberId")).isEqualTo("m-b783c1d34d");
        assertThat(known.text("/sections/tuTuongChinhTri")).startsWith("Tuyệt đối trung thành");

        // the importing again: all unchanged, and bad lines reported by number
        List<String> head = lines.subList(0, 50);
        StringBuilder again = new StringBuilder();
        head.forEach(l -> again.append(l).append('\n'));
        again.append("{not json\n");
        again.append("{\"id\":\"pl-bad\",\"year\":2026}\n");
        Http.Answer second = http.call("admin", "POST", "/api/admin/import/pledges", again.toString(),
                java.util.Map.of("Content-Type", "application/x-ndjson"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().path("unchanged").asInt()).isEqualTo(50);
        assertThat(second.json().path("imported").asInt()).isZero();
        assertThat(second.json().path("rejected").asInt()).isEqualTo(2);
        assertThat(second.json().path("errors").get(0).path("line").asInt()).isEqualTo(51);
        assertThat(second.json().path("errors").get(1).path("line").asInt()).isEqualTo(52);
        assertThat(second.json().path("errors").get(1).path("field").asText()).isEqualTo("memberId");

        // the imported members are in the directory and in their branch's review queue
        String branch = known.text("/branchId");
        await().atMost(Duration.ofMinutes(5)).untilAsserted(() -> {
            Http.Answer queue = http.get("admin", "/api/review-queue?branchId=" + branch + "&year=2025");
            assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
            assertThat(queue.json().path("rows").toString()).contains("pl-833f3a031a");
        });
    }
}
