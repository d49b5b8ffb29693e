package vn.lamtheo.web;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's copy flow in a real browser: secretary1's own pledge of last year is on file (sent through the real API);
 * member2 types a pledge that copies most of it and submits it through the pages; the asynchronous copy check runs;
 * member2 sees only a notice (nothing of the other pledge); secretary1 opens the review page and finds the copy
 * report side by side with the matching passages highlighted in both texts, and flags it as copied from the page.
 * Screenshots of each step go to target/screenshots.
 * <p>
 * Last year's pledge and secretary1's own keep this flow out of the current year's queue rows the pledge flow uses
 * (all browser test classes share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopiedPledgeBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    static final Duration PATIENCE = Duration.ofMinutes(3);

    /** The original's sections; member2 copies all but the last two word for word. */
    static final Map<String, String> ORIGINAL = new LinkedHashMap<>();

    static {
        ORIGINAL.put("tuTuongChinhTri", "Thường xuyên nghiên cứu tài liệu sinh hoạt chuyên đề của năm, rút ra những nội dung phù hợp để làm theo trong công tác của chi bộ ấp.");
        ORIGINAL.put("daoDucLoiSong", "Giữ gìn danh dự, uy tín của người đảng viên, không để người thân lợi dụng danh nghĩa của mình để trục lợi.");
        ORIGINAL.put("yThucToChucKyLuat", "Chấp hành nghiêm giờ giấc sinh hoạt chi bộ, không vắng mặt không lý do, đóng đảng phí đúng hạn hằng tháng.");
        ORIGINAL.put("tacPhongLeLoiLamViec", "Giải quyết công việc của ấp đúng quy trình, đúng thời hạn, không để tồn đọng ý kiến của bà con.");
        ORIGINAL.put("thucHienChucTrachNhiemVu", "Lãnh đạo chi bộ hoàn thành chỉ tiêu nghị quyết, bảo đảm ấp La Bang Chợp giữ vững danh hiệu ấp văn hóa.");
        ORIGINAL.put("trachNhiemNeuGuong", "Gương mẫu thực hiện nếp sống văn minh, đi đầu trong các phong trào của địa phương và vận động người thân cùng làm.");
        ORIGINAL.put("hanCheKhuyetDiemNamTruoc", "Còn chậm đôn đốc các tổ nhân dân tự quản báo cáo kết quả hằng quý.");
        ORIGINAL.put("bienPhapKhacPhuc", "Lập sổ theo dõi từng tổ, nhắc việc vào tuần đầu của mỗi quý.");
        ORIGINAL.put("noiDungLamTheo", "Kết nạp ít nhất 1 đảng viên mới trước ngày 30/11; vận động 15 hộ lắp đèn chiếu sáng đường ấp trong quý III.");
    }

    /** What member2 writes themselves: neither this nor the original's last sections may ever show on member2's pages. */
    static final String OWN_LAST_YEAR = "Năm trước còn vắng 2 buổi sinh hoạt chi bộ vì đi làm xa.";
    static final String OWN_ACTIONS = "Nuôi 2 con bò sinh sản theo hướng dẫn của tổ hợp tác, trả nợ vay trước tháng 10/" + YEAR + ".";

    static String originalId;
    static String copyId;

    Http http;

    Http http() {
        if (http == null) {
            http = new Http(port);
        }
        return http;
    }

    @Test
    @Order(1)
    void theOriginalIsOnFile() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("fullName", "Nguyễn Văn Bình");
        header.put("birthYear", 1975);
        header.put("position", "Bí thư Chi bộ ấp La Bang Chợp");
        header.put("assignedDuties", "Lãnh đạo toàn diện hoạt động của chi bộ ấp La Bang Chợp.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", YEAR - 1);
        body.put("templateKind", "PARTY_MEMBER");
        body.put("header", header);
        body.put("sections", ORIGINAL);
        body.put("followsModelIds", List.of());
        Http.Answer draft = http().post("secretary1", "/api/pledges", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        originalId = draft.text("/id");
        Http.Answer submitted = http().post("secretary1", "/api/pledges/" + originalId + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        awaitCheck(originalId);
    }

    @Test
    @Order(2)
    void memberSubmitsACopyAndSeesOnlyANotice() {
        browser.signIn("member2");
        browser.click("a[href='/pledges']");
        browser.click("#start-pledge");
        browser.type("#f-birthYear", "1990");
        browser.type("#f-position", "Đảng viên, chi hội trưởng chi hội nông dân ấp");
        browser.type("#f-assignedDuties", "Phụ trách chi hội nông dân ấp La Bang Chợp.");
        ORIGINAL.forEach((key, text) -> {
            if (!key.equals("hanCheKhuyetDiemNamTruoc") && !key.equals("noiDungLamTheo")) {
                browser.type("#f-" + key, text);
            }
        });
        browser.type("#f-hanCheKhuyetDiemNamTruoc", OWN_LAST_YEAR);
        browser.type("#f-noiDungLamTheo", OWN_ACTIONS);
        browser.screenshot("80-member2-copied-form");
        browser.click("#submit-pledge");
        assertThat(browser.text("#pledge-status")).isEqualTo("Chờ duyệt");
        copyId = browser.path().replaceFirst("^/pledges/", "").replaceFirst("[?#].*$", "");
        assertThat(copyId).isNotBlank().doesNotContain("/");

        awaitCheck(copyId);
        assertThat(http().get("secretary1", "/api/pledges/" + copyId + "/copy-report").json().path("suspected").asBoolean())
                .as("the copy check found the copy").isTrue();

        browser.open("/pledges/" + copyId);
        assertThat(browser.text("#copy-notice")).isNotBlank();
        assertOnlyANotice();
        browser.screenshot("81-member2-copy-notice");

        // The review page is not the member's: it would name the other pledge's unit, year and id.
        browser.open("/review/" + copyId);
        assertThat(browser.path()).startsWith("/pledges/" + copyId);
        assertOnlyANotice();
    }

    @Test
    @Order(3)
    void secretarySeesTheCopyReportSideBySideWithTheMatchingPassagesHighlighted() {
        browser.signIn("secretary1");
        browser.open("/review?year=" + YEAR);
        WebElement row = browser.find("#review-queue tr[data-member='member2']");
        assertThat(row.getText()).contains("Kim Thị Sa Rết").contains("Chờ duyệt").contains("%");
        assertThat(row.findElements(By.cssSelector(".score-high"))).isNotEmpty();
        browser.screenshot("82-secretary-queue-copy-score");

        browser.click("#review-queue a[href='/review/" + copyId + "']");
        assertThat(browser.text("h1")).contains("Kim Thị Sa Rết");
        assertThat(browser.text("#copy-report")).contains("Nguyễn Văn Bình").contains(String.valueOf(YEAR - 1));

        // the pledge under review: the copied passages marked in its own sections, the member's own words not
        assertThat(browser.driver().findElements(By.cssSelector("#review-pledge #sec-daoDucLoiSong mark.hl"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#review-pledge #sec-noiDungLamTheo mark.hl"))).isEmpty();

        // side by side: each pair marks the same words in this pledge and in the source
        List<WebElement> pairs = browser.driver().findElements(By.cssSelector("#copy-report .copy-source .copy-pair"));
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(3);
        for (WebElement pair : pairs) {
            List<WebElement> sides = pair.findElements(By.xpath("./div"));
            assertThat(sides).hasSize(2);
            List<String> mine = marked(sides.get(0));
            List<String> theirs = marked(sides.get(1));
            assertThat(mine).isNotEmpty();
            assertThat(theirs).isNotEmpty();
            assertThat(String.join(" ", mine).strip()).isEqualToIgnoringWhitespace(String.join(" ", theirs).strip());
            assertThat(ORIGINAL.values()).anyMatch(text -> text.contains(theirs.get(0)));
        }
        browser.screenshot("83-secretary-review-copy-side-by-side");
        browser.screenshot("83-secretary-review-copy-side-by-side-360", BrowserSession.PHONE);

        // flag it as copied, from the page: the suspected source is ticked already
        browser.toggle("#d-flag summary");
        WebElement source = browser.find("#d-flag input[name=sourceIds][value='" + originalId + "']");
        assertThat(source.isSelected()).isTrue();
        browser.type("#flag-note", "Chép gần như nguyên văn bản đăng ký năm trước của đồng chí Bình.");
        browser.screenshot("84-secretary-flag-form");
        browser.click("#flag-copied");
        assertThat(browser.text(".notice-ok")).isNotBlank();
        assertThat(browser.textEventually("#review-queue tr[data-member='member2']", "Bị đánh dấu sao chép"))
                .contains("Bị đánh dấu sao chép");
        browser.screenshot("85-secretary-flagged");

        Http.Answer pledge = http().get("secretary1", "/api/pledges/" + copyId);
        assertThat(pledge.text("/status")).isEqualTo("FLAGGED_AS_COPIED");
    }

    @Test
    @Order(4)
    void theMemberSeesTheDecisionAndStillNothingOfTheOtherPledge() {
        browser.signIn("member2");
        browser.open("/pledges/" + copyId);
        assertThat(browser.text("#pledge-status")).isEqualTo("Bị đánh dấu sao chép");
        assertThat(browser.text("#copy-notice")).isNotBlank();
        assertOnlyANotice();
        browser.screenshot("86-member2-flagged");
    }

    @Test
    @Order(5)
    void theOriginalsReviewerSeesTheLaterCopyButCannotFlagTheOriginalAgainstIt() {
        // secretary1's own pledge is reviewed by the commune committee
        browser.signIn("committee1");
        browser.open("/review/" + originalId);
        assertThat(browser.text("h1")).contains("Nguyễn Văn Bình");
        assertThat(browser.text("#copy-report .copied-by")).contains("Kim Thị Sa Rết");
        List<WebElement> pairs = browser.driver().findElements(By.cssSelector("#copy-report .copy-source .copy-pair"));
        assertThat(pairs).isNotEmpty();
        for (WebElement pair : pairs) {
            List<WebElement> sides = pair.findElements(By.xpath("./div"));
            assertThat(marked(sides.get(0))).isNotEmpty();
            assertThat(marked(sides.get(1))).isNotEmpty();
        }
        assertThat(browser.exists("#d-flag")).isFalse();
        browser.screenshot("87-committee-original-copied-by");
    }

    /** member2's page: the notice, their own text, and nothing of the original that member2 did not write. */
    private void assertOnlyANotice() {
        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain(ORIGINAL.get("hanCheKhuyetDiemNamTruoc"))
                .doesNotContain(ORIGINAL.get("noiDungLamTheo"))
                .doesNotContain(originalId)
                .doesNotContain("<mark");
        // The original's author is this flow's reviewer: their name may show as the one who decided, in the history only.
        String outsideHistory = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var copy = document.documentElement.cloneNode(true);"
                        + "var h = copy.querySelector('#history'); if (h) { h.remove(); } return copy.outerHTML;");
        assertThat(outsideHistory).doesNotContain("Nguyễn Văn Bình");
    }

    private static List<String> marked(WebElement side) {
        return side.findElements(By.cssSelector("mark.hl")).stream().map(WebElement::getText).toList();
    }

    private void awaitCheck(String pledgeId) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                "DONE".equals(http().get("secretary1", "/api/pledges/" + pledgeId + "/copy-report").text("/status")));
    }
}
