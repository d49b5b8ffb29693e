package vn.lamtheo.supervision.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervision report over real HTTP on the demo directory: scope by role and unit with problem+json refusals,
 * the XLSX and PDF downloads, and — with the shared corpus present — the corpus imported through the pledge
 * import endpoint, the report's counts checked against counts computed independently from the review queues.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/report-http-${random.uuid}")
class SupervisionReportHttpTest {

    static final String DISTRICT = "cau-ngang";
    static final String NHI_TRUONG = "cau-ngang/nhi-truong";
    static final List<Integer> CORPUS_YEARS = List.of(2022, 2023, 2024, 2025, 2026);
    /** The years compared queue by queue (each costs one request per branch): the last two, this year and the one before. */
    static final List<Integer> COMPARED_YEARS = List.of(2025, 2026);

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_supervision_team_and_the_curator_see_the_district_with_one_entry_per_commune() {
        for (String user : List.of("supervisor", "curator")) {
            Http.Answer answer = http.call(user, "GET", "/api/reports/supervision?year=2026", null, Map.of());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode report = answer.json();
            assertThat(report.at("/unit/unitId").asText()).isEqualTo(DISTRICT);
            assertThat(report.path("totals").has("submitted")).isTrue();
            assertThat(report.path("units").size()).as("the communes and towns of Cầu Ngang").isEqualTo(15);
            assertThat(report.path("units").findValuesAsText("name")).contains("Đảng bộ xã Nhị Trường");
            assertThat(report.path("units").get(0).has("unitId")).isTrue();
            assertThat(report.path("units").get(0).has("flaggedAsCopied")).isTrue();
        }
    }

    @Test
    void a_committee_officer_sees_their_commune_only() {
        Http.Answer own = http.call("committee1", "GET", "/api/reports/supervision?year=2026", null, Map.of());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.text("/unit/unitId")).isEqualTo(NHI_TRUONG);
        assertThat(own.json().path("units").findValuesAsText("unitId")).allMatch(id -> id.startsWith(NHI_TRUONG + "/"));

        assertProblem(http.call("committee1", "GET", "/api/reports/supervision?unitId=" + DISTRICT, null, Map.of()), 404);
        assertProblem(http.call("committee1", "GET", "/api/reports/supervision?unitId=cau-ngang/vinh-kim", null, Map.of()), 404);
        assertProblem(http.call("supervisor", "GET", "/api/reports/supervision?unitId=no-such-unit", null, Map.of()), 404);
    }

    @Test
    void members_secretaries_and_admins_are_refused_with_a_problem() {
        for (String user : List.of("member1", "secretary1", "admin")) {
            assertProblem(http.call(user, "GET", "/api/reports/supervision", null, Map.of()), 403);
            assertProblem(http.call(user, "GET", "/api/reports/supervision.pdf", null, Map.of()), 403);
        }
        assertProblem(http.call(null, "GET", "/api/reports/supervision.xlsx", null, Map.of()), 401);
    }

    @Test
    void the_xlsx_and_the_pdf_download_with_vietnamese_names() throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/reports/supervision.xlsx?year=2026", "supervisor");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> names = new ArrayList<>();
            book.getSheetAt(1).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains("Đảng bộ xã Nhị Trường", "Đảng bộ thị trấn Cầu Ngang");
        }

        HttpResponse<byte[]> pdf = download("/api/reports/supervision.pdf?year=2026", "committee1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Nhị Trường", "Ưu điểm", "Hạn chế");
        }
    }

    /**
     * Imports ../shared/corpus/dev-pledges.jsonl through {@code POST /api/admin/import/pledges} (which runs the
     * template check on every pledge), then counts, from every branch's review queue of the last two years, the submitted,
     * approved, template findings and copy figures per commune, and requires the report to say the same.
     */
    @Test
    void the_report_of_the_imported_corpus_agrees_with_the_review_queues() throws Exception {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus/dev-pledges.jsonl not found above "
                + Path.of("").toAbsolutePath() + ": the corpus report test is skipped");
        long started = System.nanoTime();
        Http.Answer imported = http.send(HttpRequest.newBuilder(http.uri("/api/admin/import/pledges"))
                .timeout(Duration.ofMinutes(60)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(corpus.get())), "admin");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        // The whole corpus goes in, nothing rejected (issue 4); the importer's own test covers ids, statuses,
        // re-imports and bad lines on a slice of it.
        int pledges = imported.json().path("imported").asInt();
        System.out.printf("Corpus import: %d lines, %d imported, %d rejected in %d ms %s%n",
                imported.json().path("lines").asInt(), pledges, imported.json().path("rejected").asInt(),
                (System.nanoTime() - started) / 1_000_000, imported.json().path("errors"));
        assertThat(imported.json().path("rejected").asInt()).as(imported.json().path("errors").toString()).isZero();
        assertThat(pledges).isEqualTo(imported.json().path("lines").asInt()).isEqualTo(3600);

        // branches and their communes, from the directory (the import created the corpus's units)
        Map<String, String> communeOfBranch = new HashMap<>();
        Map<String, JsonNode> units = new HashMap<>();
        http.call("admin", "GET", "/api/directory/units", null, Map.of()).json().forEach(u -> units.put(u.path("id").asText(), u));
        for (JsonNode unit : units.values()) {
            String type = unit.path("type").asText();
            if (type.equals("BRANCH") || type.equals("CHAPTER")) {
                communeOfBranch.put(unit.path("id").asText(), communeOf(unit, units));
            }
        }

        // both read models catch up with the import
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            int inReport = 0;
            for (int year : CORPUS_YEARS) {
                inReport += http.call("supervisor", "GET", "/api/reports/supervision?year=" + year, null, Map.of())
                        .json().at("/totals/submitted").asInt();
            }
            assertThat(inReport).isEqualTo(pledges);
        });
        // the copy check may still be recording suspicions: compare until both sides have settled
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Map<String, Integer>> fromQueues = countFromReviewQueues(communeOfBranch);
            int compared = 0;
            for (int year : COMPARED_YEARS) {
                JsonNode report = http.call("supervisor", "GET", "/api/reports/supervision?year=" + year, null, Map.of()).json();
                Map<String, Integer> districtFromQueues = new TreeMap<>();
                fromQueues.forEach((key, counts) -> {
                    if (key.endsWith("|" + year)) {
                        counts.forEach((k, v) -> districtFromQueues.merge(k, v, Integer::sum));
                    }
                });
                for (String figure : FIGURES) {
                    assertThat(report.at("/totals/" + figure).asInt()).as("district " + year + " " + figure)
                            .isEqualTo(districtFromQueues.getOrDefault(figure, 0));
                }
                for (JsonNode commune : report.path("units")) {
                    Map<String, Integer> expected = fromQueues.getOrDefault(commune.path("unitId").asText() + "|" + year, Map.of());
                    for (String figure : FIGURES) {
                        assertThat(commune.path(figure).asInt()).as(commune.path("name").asText() + " " + year + " " + figure)
                                .isEqualTo(expected.getOrDefault(figure, 0));
                        compared++;
                    }
                }
            }
            assertThat(compared).isEqualTo(COMPARED_YEARS.size() * 15 * FIGURES.size());
        });

        // and the downloads of a year with data still carry the Vietnamese names
        try (PDDocument document = Loader.loadPDF(download("/api/reports/supervision.pdf?year=2025", "supervisor").body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Nhị Trường", "Trường Thọ");
        }
    }

    static final List<String> FIGURES = List.of("pledgers", "submitted", "approved", "flaggedAsCopied", "copySuspected",
            "withFindings", "findingMissingDuties", "findingNoShortcomings", "findingActionsWithoutTarget",
            "findingSampleWording", "findingNoRemedy");

    /** commune|year → figure → count, from the rows of every branch's review queue (nothing from the report). */
    private Map<String, Map<String, Integer>> countFromReviewQueues(Map<String, String> communeOfBranch) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Set<String>> pledgers = new HashMap<>();
        for (Map.Entry<String, String> branch : communeOfBranch.entrySet()) {
            for (int year : COMPARED_YEARS) {
                Http.Answer queue = http.call("supervisor", "GET", "/api/review-queue?branchId="
                        + branch.getKey() + "&year=" + year, null, Map.of());
                assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
                String key = branch.getValue() + "|" + year;
                Map<String, Integer> c = counts.computeIfAbsent(key, k -> new TreeMap<>());
                for (JsonNode row : queue.json().path("rows")) {
                    if (row.path("pledgeId").isMissingNode() || row.path("pledgeId").isNull()) {
                        continue; // a member without a pledge
                    }
                    String status = row.path("status").asText();
                    pledgers.computeIfAbsent(key, k -> new HashSet<>()).add(row.path("memberId").asText());
                    Set<String> rules = new HashSet<>(row.path("findings").findValuesAsText("rule"));
                    add(c, "submitted", !status.equals("DRAFT"));
                    add(c, "approved", Set.of("APPROVED", "SELF_ASSESSED", "EVALUATED").contains(status));
                    add(c, "flaggedAsCopied", status.equals("FLAGGED_AS_COPIED"));
                    add(c, "copySuspected", row.at("/copyCheck/suspected").asBoolean(false));
                    add(c, "withFindings", !rules.isEmpty());
                    add(c, "findingMissingDuties", rules.contains("DUTIES_MISSING") || rules.contains("DUTIES_NOT_MENTIONED"));
                    add(c, "findingNoShortcomings", rules.contains("SHORTCOMINGS_MISSING"));
                    add(c, "findingActionsWithoutTarget", rules.contains("ACTION_WITHOUT_TARGET") || rules.contains("NO_CONCRETE_ACTION"));
                    add(c, "findingSampleWording", rules.contains("SAMPLE_WORDING"));
                    add(c, "findingNoRemedy", rules.contains("NO_REMEDY"));
                }
            }
        }
        pledgers.forEach((key, members) -> counts.get(key).put("pledgers", members.size()));
        return counts;
    }

    private static void add(Map<String, Integer> counts, String figure, boolean yes) {
        if (yes) {
            counts.merge(figure, 1, Integer::sum);
        }
    }

    private static String communeOf(JsonNode unit, Map<String, JsonNode> units) {
        for (JsonNode u = unit; u != null; u = units.get(u.path("parentId").asText(null))) {
            if (u.path("type").asText().equals("COMMITTEE")) {
                return u.path("id").asText();
            }
        }
        return null;
    }

    static Optional<Path> corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/dev-pledges.jsonl");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("detail").asText()).isNotBlank();
    }
}
