package vn.lamtheo.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.lamtheo.pledge.web.Http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervision dashboard in a real browser: the supervision team's table per commune with its charts, sorting
 * by a column, the year comparison, the downloads; a committee officer's commune view; a member refused.
 * With the shared corpus present, its 2025 pledges are imported first so the table and charts have figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionDashboardBrowserTest extends BrowserTestBase {

    /** The last year of the corpus; models proposed in the test count in the year they are drafted (today's). */
    static final int YEAR = 2026;
    static final boolean MODELS_THIS_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() == YEAR;

    static final String MODEL = """
            {"title":"Tổ tự quản đường hoa ấp Là Bang Chóp","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Đường ấp nhiều đoạn cỏ dại, thiếu ánh sáng.","goals":"Hai km đường hoa, 100% hộ ven đường tham gia.",
              "content":"Chia đường thành đoạn, mỗi đoạn một tổ 5 hộ phụ trách trồng và chăm hoa.","scope":"Ấp Là Bang Chóp, xã Nhị Trường.",
              "forces":"Chi bộ ấp, Chi hội Phụ nữ.","resources":"Người dân góp công; xã hỗ trợ cây giống.",
              "timeline":"Từ tháng 3 đến tháng 12/2026; đánh giá ngày 15/12/2026.","expectedResults":"2 km đường hoa; 86/86 hộ tham gia.",
              "replication":"Áp dụng cho các ấp có tuyến đường liên ấp."}}""";

    /** The dashboard reads only the report's own figures: it needs no page backend, only a browser. */
    @Override
    boolean needsBackends() {
        return false;
    }

    @BeforeAll
    void someFigures() {
        importSomeOfTheCorpus();
    }

    private void proposeAModel() {
        Http http = new Http(port);
        Http.Answer drafted = http.post("committee1", "/api/models", MODEL);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Http.Answer submitted = http.post("committee1", "/api/models/" + drafted.text("/id") + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private void importSomeOfTheCorpus() {
        proposeAModel();
        Optional<Path> corpus = corpus();
        if (corpus.isEmpty()) {
            return; // the page is still checked, with zeros
        }
        try {
            StringBuilder lines = new StringBuilder();
            Files.readAllLines(corpus.get(), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("\"year\": " + YEAR) || l.contains("\"year\":" + YEAR)).limit(400)
                    .forEach(l -> lines.append(l).append('\n'));
            Http http = new Http(port);
            Http.Answer answer = http.send(HttpRequest.newBuilder(http.uri("/api/admin/import/pledges"))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(lines.toString(), StandardCharsets.UTF_8)), "admin");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            await().atMost(Duration.ofMinutes(5)).untilAsserted(() -> assertThat(http.call("supervisor", "GET",
                    "/api/reports/supervision?year=" + YEAR, null, Map.of()).json().at("/totals/submitted").asInt()).isPositive());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    @Test
    @Order(1)
    void theSupervisionTeamSeesTheTablePerCommuneWithCharts() {
        browser.signIn("supervisor");
        browser.click("a[href='/reports/supervision']");
        assertThat(browser.text("h1")).isEqualTo("Báo cáo giám sát việc học tập và làm theo");
        browser.open("/reports/supervision?year=" + YEAR);
        assertThat(browser.text("#report-unit")).isEqualTo("Đảng bộ huyện Cầu Ngang");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#report-units tbody tr"));
        assertThat(rows).hasSize(15);
        assertThat(browser.text("#report-units")).contains("Đảng bộ xã Nhị Trường", "Đảng bộ thị trấn Cầu Ngang");
        for (String chart : List.of("#chart-submission", "#chart-copy", "#chart-fields", "#chart-comparison")) {
            WebElement svg = browser.find(chart);
            assertThat(svg.isDisplayed()).as(chart).isTrue();
            assertThat(svg.getSize().getHeight()).as(chart).isGreaterThan(chart.equals("#chart-fields") ? 20 : 200);
        }
        assertThat(browser.driver().findElements(By.cssSelector("#chart-submission rect.bar"))).hasSize(30);
        if (MODELS_THIS_YEAR) {
            assertThat(browser.driver().findElements(By.cssSelector("#chart-fields rect.bar"))).isNotEmpty();
            assertThat(browser.find("#chart-fields").getText()).contains("Nông thôn mới");
        }
        assertThat(browser.find("#report-strengths").getText() + browser.find("#report-weaknesses").getText()).isNotBlank();
        browser.screenshot("70-supervision-dashboard");
    }

    @Test
    @Order(2)
    void theExcelAndPdfButtonsDownloadWithThePagesSignIn() {
        browser.signIn("supervisor");
        browser.open("/reports/supervision?year=" + YEAR);
        // what the browser gets when the button is clicked: the same request, with the page's session cookie
        assertThat(fetch(browser.find("#download-xlsx").getAttribute("href")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fetch(browser.find("#download-pdf").getAttribute("href"))).isEqualTo("200 application/pdf");
        // a member's session gets no report file
        browser.signIn("member1");
        assertThat(fetch("/reports/supervision.pdf?year=" + YEAR)).doesNotStartWith("200");
    }

    /** The status and content type of a GET sent by the page itself (fetch sends the session cookie). */
    private String fetch(String url) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'})
                    .then(r => done(r.status + ' ' + (r.headers.get('content-type') || '')))
                    .catch(e => done('failed ' + e));""", url);
        return String.valueOf(answer).strip();
    }

    @Test
    @Order(3)
    void aClickOnAColumnHeadingSortsTheCommunes() {
        browser.signIn("supervisor");
        browser.open("/reports/supervision?year=" + YEAR);
        browser.toggle("#report-units th button[data-key='submitted']");
        List<Double> ascending = column("submitted");
        assertThat(ascending).isSorted();
        assertThat(browser.find("#report-units th:has(button[data-key='submitted'])").getAttribute("aria-sort")).isEqualTo("ascending");

        browser.toggle("#report-units th button[data-key='submitted']");
        List<Double> descending = column("submitted");
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.find("#report-comparison").getText()).contains(String.valueOf(YEAR - 1));
        browser.screenshot("71-supervision-sorted");
    }

    private List<Double> column(String key) {
        return browser.driver().findElements(By.cssSelector("#report-units tbody td[data-key='" + key + "']")).stream()
                .map(td -> Double.parseDouble(td.getAttribute("data-value"))).toList();
    }

    @Test
    @Order(4)
    void aCommitteeOfficerSeesTheirCommunesBranches() {
        browser.signIn("committee1");
        browser.open("/reports/supervision?year=" + YEAR);
        assertThat(browser.text("#report-unit")).isEqualTo("Đảng bộ xã Nhị Trường");
        assertThat(browser.driver().findElements(By.cssSelector("#report-units tbody tr"))).isNotEmpty();
        browser.open("/reports/supervision?year=" + YEAR + "&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Supervision report on studying and following Ho Chi Minh");
        browser.screenshot("72-supervision-commune-en");
        browser.open("/reports/supervision?lang=vi");
    }

    @Test
    @Order(5)
    void aMemberIsRefused() {
        browser.signIn("member1");
        assertThat(browser.exists("a[href='/reports/supervision']")).isFalse();
        browser.open("/reports/supervision");
        assertThat(browser.exists("#report-units")).isFalse();
        assertThat(browser.text("h1")).isEqualTo("Không có quyền truy cập");
    }
}
