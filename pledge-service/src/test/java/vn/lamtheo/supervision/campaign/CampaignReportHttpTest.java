package vn.lamtheo.supervision.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The campaign report over real HTTP: a visit of last year to Trường Thọ that failed a critical item and left an
 * overdue recommendation, seen in the JSON, the workbook, and the Word and PDF files read back by Apache POI and PDFBox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/visit-http-${random.uuid}")
class CampaignReportHttpTest {

    static final String TRUONG_THO = "cau-ngang/truong-tho";
    /** Last year's visit: its recommendation, due ten days after, is overdue today whatever today is. */
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
    static final LocalDate VISIT_DAY = LocalDate.of(YEAR, 3, 10);

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_report_counts_the_failed_criterion_names_the_unit_and_lists_the_overdue_recommendation_in_every_format() throws Exception {
        String visit = visitedTruongThoWithAFailedPlan();
        String report = "/api/supervision/report?year=" + YEAR;
        JsonNode json = await().atMost(Duration.ofSeconds(60)).until(() -> http.get("supervisor", report).json(),
                // Visits and recommendations are projected by different processors: wait for both. The visit's
                // close is its last event, so a closed visit has all its answers.
                r -> r.path("openRecommendations").findValuesAsText("visitId").contains(visit) && r.path("visitsClosed").asInt() == 1);
        JsonNode plan = null;
        for (JsonNode c : json.path("criteria")) {
            if (c.path("key").asText().equals("kl01.ke-hoach")) {
                plan = c;
            }
        }
        assertThat(plan).isNotNull();
        assertThat(plan.path("failed").asInt()).isPositive();
        assertThat(plan.path("failedUnits").toString()).contains("Đảng bộ xã Trường Thọ");
        assertThat(json.path("overdueRecommendations").asInt()).isPositive();
        assertThat(json.path("shortcomings").toString())
                .contains("Nội dung trọng yếu \\\"cấp ủy có kế hoạch thực hiện Kết luận 01-KL/TW và chuyên đề năm\\\" chưa đạt ở")
                .contains("kiến nghị quá hạn");
        assertThat(json.path("strengths").toString()).contains("cơ sở được giám sát đều đạt nội dung \\\"có bảng khẩu hiệu hành động tại trụ sở\\\"");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(report.replace("report?", "report.docx?"), "curator")))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("ĐẢNG BỘ HUYỆN CẦU NGANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số:", "-BC/TGS", "Cầu Ngang, ngày",
                    "BÁO CÁO", "IV. HẠN CHẾ", "Đảng bộ xã Trường Thọ", "đã quá hạn", "T/M TỔ GIÁM SÁT", "TỔ TRƯỞNG");
        }
        try (PDDocument pdf = Loader.loadPDF(download(report.replace("report?", "report.pdf?"), "supervisor"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "III. ƯU ĐIỂM", "IV. HẠN CHẾ",
                    "Đảng bộ xã Trường Thọ", "T/M TỔ GIÁM SÁT");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(report.replace("report?", "report.xlsx?"), "supervisor")))) {
            assertThat(book.getSheet("Tiêu chí").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(book.getSheet("Kiến nghị").getLastRowNum()).isPositive();
        }
    }

    @Test
    void only_the_supervision_team_and_the_curator_read_it_and_the_old_report_still_answers() {
        for (String user : new String[]{"committee1", "secretary1", "member1"}) {
            Http.Answer refused = http.get(user, "/api/supervision/report?year=" + YEAR);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.get("supervisor", "/api/supervision/report?year=20x6").status()).isEqualTo(400);
        assertThat(http.get("supervisor", "/api/reports/supervision?year=" + YEAR).status()).isEqualTo(200);
    }

    private String visitedTruongThoWithAFailedPlan() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("supervisor", "/api/supervision/checklists").json().size() > 0);
        Http.Answer planned = http.post("supervisor", "/api/supervision/visits",
                Map.of("unitId", TRUONG_THO, "date", VISIT_DAY.toString(), "checklistId", "kl01-sach-v1"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String path = "/api/supervision/visits/" + planned.text("/id");
        answer(path, "kl01.ke-hoach", Map.of("value", "FAIL", "note", "Chưa ban hành kế hoạch"));
        for (String key : new String[]{"sinh-hoat.long-ghep", "dang-ky.day-du", "tu-sach.trang-bi", "bang.khau-hieu"}) {
            answer(path, key, Map.of("value", "PASS"));
        }
        Http.Answer finding = http.post("supervisor", path + "/findings", Map.of("itemKey", "kl01.ke-hoach", "text", "Chưa có kế hoạch",
                "recommendation", "Ban hành kế hoạch thực hiện Kết luận 01-KL/TW", "ownerUnitId", TRUONG_THO,
                "dueDate", VISIT_DAY.plusDays(10).toString()));
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        assertThat(http.post("supervisor", path + "/close", null).status()).isEqualTo(200);
        return planned.text("/id");
    }

    private void answer(String path, String key, Map<String, Object> body) {
        Http.Answer answer = http.put("supervisor", path + "/answers/" + key, body, Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }
}
