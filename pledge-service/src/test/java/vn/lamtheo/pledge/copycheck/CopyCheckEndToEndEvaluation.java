package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.similarity.SimilarityConfig;
import vn.lamtheo.similarity.evaluation.CopyDetectionEvaluation;
import vn.lamtheo.similarity.evaluation.Corpus;
import vn.lamtheo.similarity.evaluation.CorpusPledge;
import vn.lamtheo.similarity.evaluation.EvaluationReport;
import vn.lamtheo.pledge.web.Http;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy detection end to end (bench/copycheck-e2e.sh): the whole application on the embedded store; the shared corpus
 * imported through the import endpoint as admin; the copy-check processor left to catch up; every pledge's copy
 * report read over HTTP; the figures computed by the engine evaluation's own scoring code from what the reports show
 * (no mirroring: a pair a report does not show does not count for that pledge's Recall@1 or passages).
 *
 * <p>Not part of the normal test run: {@code -Dlamtheo.e2e=true} enables it. {@code -Dlamtheo.e2e.corpora=DIR,DIR}
 * names the corpora (default: the shared corpus); each gets a fresh application and store.
 */
@EnabledIfSystemProperty(named = "lamtheo.e2e", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/copycheck-e2e-${random.uuid}")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CopyCheckEndToEndEvaluation {

    @LocalServerPort
    int port;

    static List<Path> corpora() {
        String named = System.getProperty("lamtheo.e2e.corpora", "");
        if (!named.isBlank()) {
            return java.util.Arrays.stream(named.split(",")).map(Path::of).toList();
        }
        return List.of(Corpus.locate().orElseThrow(() -> new IllegalStateException("shared/corpus not found")));
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void imports_the_corpus_and_scores_the_copy_reports(Path dir) throws Exception {
        Corpus corpus = Corpus.load(dir);
        System.out.printf("e2e: corpus %s%n", dir.toAbsolutePath().normalize());
        Http http = new Http(port);

        long started = System.nanoTime();
        Http.Answer imported = http.send(HttpRequest.newBuilder(http.uri("/api/admin/import/pledges"))
                .timeout(Duration.ofMinutes(60))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(dir.resolve("dev-pledges.jsonl"))), "admin");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("e2e: import answered in %d ms: %s%n", importMillis, imported.json().toString().replaceAll("\"errors\":\\[.*", ""));

        // A rejected line has no pledge and no report: it is left out of the polling (and scored as found by nobody).
        // Corpus.load keeps every non-blank line in order, and the corpora have no blank lines: line n is pledge n - 1.
        java.util.Set<String> rejected = new java.util.TreeSet<>();
        for (JsonNode error : imported.json().path("errors")) {
            CorpusPledge p = corpus.pledges().get(error.path("line").asInt() - 1);
            rejected.add(p.id());
            System.out.printf("e2e: line %d (%s) rejected: %s %s%n", error.path("line").asInt(), p.id(),
                    error.path("field").asText(""), error.path("reason").asText(""));
        }
        List<CorpusPledge> accepted = corpus.pledges().stream().filter(p -> !rejected.contains(p.id())).toList();

        // Wait (generously) until every pledge's report is DONE: the processor checks them one by one.
        Map<String, JsonNode> reports = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(90).toNanos();
        int polled = 0;
        for (CorpusPledge p : accepted) {
            while (true) {
                Http.Answer answer = http.get("admin", "/api/pledges/" + p.id() + "/copy-report");
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                if ("DONE".equals(answer.text("/status"))) {
                    reports.put(p.id(), answer.json());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("copy check not done after 90 minutes for " + p.id());
                }
                Thread.sleep(500);
            }
            if (++polled % 500 == 0) {
                System.err.printf("e2e: %d reports DONE%n", polled);
            }
        }
        long caughtUpMillis = (System.nanoTime() - started) / 1_000_000;
        // Reports of early pledges may have gained COPIED_BY links since: read them all once more, now that all are done.
        for (CorpusPledge p : accepted) {
            reports.put(p.id(), http.get("admin", "/api/pledges/" + p.id() + "/copy-report").json());
        }

        Map<String, List<CopyDetectionEvaluation.View>> views = new HashMap<>();
        Map<String, Boolean> suspectedReports = new HashMap<>();
        reports.forEach((id, report) -> {
            suspectedReports.put(id, report.path("suspected").asBoolean());
            List<CopyDetectionEvaluation.View> list = new ArrayList<>();
            for (JsonNode s : report.path("sources")) {
                List<int[]> ranges = new ArrayList<>();
                List<String> sections = new ArrayList<>();
                for (JsonNode p : s.path("passages")) {
                    ranges.add(new int[] {p.path("start").asInt(), p.path("end").asInt()});
                    sections.add(p.path("sectionKey").asText());
                }
                list.add(new CopyDetectionEvaluation.View(s.path("pledgeId").asText(), s.path("year").asInt(),
                        s.path("score").asDouble(), s.path("suspected").asBoolean(), ranges, sections,
                        s.path("containment").path("thisInOther").asDouble(),
                        s.path("containment").path("otherInThis").asDouble(), s.path("surfaceAgreement").asDouble(),
                        s.path("authorFit").asDouble(), s.path("direction").asText(null)));
            }
            views.put(id, list);
        });
        EvaluationReport figures = CopyDetectionEvaluation.score("end to end (import endpoint, copy-check processor, copy reports)",
                corpus, views, suspectedReports, SimilarityConfig.defaults().flagThreshold(), (double) caughtUpMillis / corpus.pledges().size());
        System.out.printf("e2e: import + all checks done in %d ms (%d pledges)%n", caughtUpMillis, corpus.pledges().size());
        System.out.print(figures.format());
    }
}
