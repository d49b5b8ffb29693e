package vn.lamtheo.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.lamtheo.pledge.web.Http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the printable pledge in the official layout, as a PDF whose text keeps its Vietnamese letters
 * ({@code GET /api/pledges/{id}/print.pdf}), linked from the pledge's page and opened there with the page's session;
 * only those who may read the pledge may print it. member1 works in a year of its own.
 */
class PledgePrintBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 7;
    static final String ACTIONS = "Vận động mười lăm hộ trồng hàng rào xanh dọc đường ấp trước tháng 9.";

    @Test
    void thePledgePrintsInTheOfficialLayoutWithItsDiacritics() throws Exception {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("tuTuongChinhTri", "Mỗi tháng học một chuyên đề về đạo đức cách mạng, ghi sổ tay.");
        sections.put("noiDungLamTheo", ACTIONS);
        Http.Answer draft = http().post("member1", "/api/pledges",
                pledgeBody(YEAR, "Nguyễn Thị Hồng Nhung", 1988, "Đảng viên, tổ trưởng tổ phụ nữ", "Phụ trách tổ phụ nữ số 2.", sections));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");

        HttpResponse<byte[]> pdf = download("/api/pledges/" + id + "/print.pdf", "member1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ", "BẢN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO",
                    "Nguyễn Thị Hồng Nhung", ACTIONS, "XÁC NHẬN CỦA CHI BỘ", "BÍ THƯ", "NGƯỜI ĐĂNG KÝ", ", ngày ",
                    "năm " + YEAR);
        }
        // another branch's member may not read it, so may not print it
        assertThat(download("/api/pledges/" + id + "/print.pdf", "member3").statusCode()).isEqualTo(404);

        browser.signIn("member1");
        browser.open("/pledges/" + id);
        String href = browser.find("#print-pledge").getAttribute("href");
        assertThat(href).endsWith("/pledges/" + id + "/print.pdf");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); })"
                        + ".catch(function (e) { done('error ' + e); });", href);
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf");
        browser.screenshot("e0-pledge-print-link-390", BrowserSession.PHONE_390);
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
