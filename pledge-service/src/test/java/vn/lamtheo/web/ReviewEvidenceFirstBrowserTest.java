package vn.lamtheo.web;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's review page for a suspected pledge, in Chromium at 1366 px and 390 px. In the branch of secretary2
 * (Chi bộ Cơ quan xã Trường Thọ), member3 copies the first sections of secretary2's pledge of last year and the other
 * sections of secretary2's pledge of this year: two sources. secretary2 opens the review page and finds the evidence
 * first (a summary of both sources, each in its own colour, the direction in words, a link to each passage), then
 * the texts side by side, then the decision, with no decision open; approving asks for confirmation on a page of
 * its own (no script needed); the queue fits a phone and the review page leads to the branch's other pledges.
 * Its own branch and years keep it out of the other browser tests' queues (all share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewEvidenceFirstBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 2;
    static final Duration PATIENCE = Duration.ofMinutes(3);

    static final Map<String, String> LAST_YEAR = new LinkedHashMap<>();
    static final Map<String, String> THIS_YEAR = new LinkedHashMap<>();

    static {
        LAST_YEAR.put("tuTuongChinhTri", "Tự học mỗi quý một tác phẩm của Bác về công tác cán bộ, viết thu hoạch nộp chi bộ và trao đổi trong buổi sinh hoạt chuyên đề.");
        LAST_YEAR.put("daoDucLoiSong", "Kê khai tài sản trung thực, không nhận phong bì của người dân đến làm thủ tục chứng thực tại bộ phận một cửa của xã.");
        LAST_YEAR.put("yThucToChucKyLuat", "Xin phép chi bộ bằng văn bản mỗi lần vắng sinh hoạt, nộp đảng phí vào ngày mười hằng tháng cho đồng chí chi ủy viên.");
        LAST_YEAR.put("tacPhongLeLoiLamViec", "Tiếp dân vào sáng thứ năm hằng tuần, trả lời đơn thư đúng hạn luật định, không hẹn đi hẹn lại người dân.");
        LAST_YEAR.put("thucHienChucTrachNhiemVu", "Tham mưu ủy ban số hóa toàn bộ sổ hộ tịch từ năm hai nghìn đến nay, hoàn thành trước tháng chín.");
        LAST_YEAR.put("trachNhiemNeuGuong", "Gương mẫu đưa con em đi tiêm chủng đúng lịch, vận động ba hộ hàng xóm cùng làm.");
        LAST_YEAR.put("hanCheKhuyetDiemNamTruoc", "Còn để hồ sơ chứng thực trễ hẹn vào những ngày đông người.");
        LAST_YEAR.put("bienPhapKhacPhuc", "Bố trí thêm một người nhận hồ sơ vào buổi sáng thứ hai và thứ sáu.");
        LAST_YEAR.put("noiDungLamTheo", "Số hóa mười nghìn trang sổ hộ tịch; không để hồ sơ nào trễ hẹn quá một ngày.");

        THIS_YEAR.put("tuTuongChinhTri", "Nghiên cứu chỉ thị của Bộ Chính trị về chuyển đổi số, viết bài tham luận cho hội nghị của đảng bộ xã Trường Thọ.");
        THIS_YEAR.put("daoDucLoiSong", "Sống giản dị, tổ chức đám cưới cho con gọn nhẹ theo đúng quy ước của khóm, không mời khách quá một trăm người.");
        THIS_YEAR.put("yThucToChucKyLuat", "Chấp hành phân công của chi bộ về phụ trách khóm Ba, báo cáo tình hình khóm vào cuối mỗi tháng.");
        THIS_YEAR.put("tacPhongLeLoiLamViec", "Đi cơ sở hai buổi mỗi tuần, ghi nhận ý kiến người dân vào sổ và chuyển đến bộ phận giải quyết trong ngày.");
        THIS_YEAR.put("thucHienChucTrachNhiemVu", "Hướng dẫn toàn bộ hộ dân khóm Ba cài đặt ứng dụng dịch vụ công, tập huấn cho tổ công nghệ số cộng đồng.");
        THIS_YEAR.put("trachNhiemNeuGuong", "Đi đầu thanh toán học phí và tiền điện không dùng tiền mặt, hướng dẫn người cao tuổi trong khóm cùng làm.");
        THIS_YEAR.put("hanCheKhuyetDiemNamTruoc", "Chưa kịp thời cập nhật dữ liệu dân cư khi có người chuyển đi nơi khác.");
        THIS_YEAR.put("bienPhapKhacPhuc", "Phối hợp công an xã rà soát dữ liệu dân cư vào ngày cuối mỗi tháng.");
        THIS_YEAR.put("noiDungLamTheo", "Tám mươi phần trăm hộ khóm Ba dùng dịch vụ công trực tuyến trước tháng mười hai; mở hai lớp hướng dẫn người cao tuổi.");
    }

    /** member3's text: the first five sections of last year's pledge, the last four of this year's. */
    static Map<String, String> copied() {
        Map<String, String> text = new LinkedHashMap<>();
        int i = 0;
        for (String key : LAST_YEAR.keySet()) {
            text.put(key, i++ < 5 ? LAST_YEAR.get(key) : THIS_YEAR.get(key));
        }
        return text;
    }

    static String lastYearId;
    static String thisYearId;
    static String copyId;

    String submitted(String user, String fullName, int year, Map<String, String> sections) {
        Http.Answer draft = http().post(user, "/api/pledges",
                pledgeBody(year, fullName, 1979, "Đảng viên, công chức tư pháp - hộ tịch xã", "Phụ trách công tác tư pháp, hộ tịch và khóm Ba.", sections));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        Http.Answer submitted = http().post(user, "/api/pledges/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                "DONE".equals(http().get("secretary2", "/api/pledges/" + id + "/copy-report").text("/status")));
        return id;
    }

    @Test
    @Order(1)
    void aPledgeCopiedFromTwoSourcesIsSuspected() {
        lastYearId = submitted("secretary2", "Lâm Văn Hùng", YEAR - 1, LAST_YEAR);
        thisYearId = submitted("secretary2", "Lâm Văn Hùng", YEAR, THIS_YEAR);
        copyId = submitted("member3", "Huỳnh Thị Mai", YEAR, copied());
        Http.Answer report = http().get("secretary2", "/api/pledges/" + copyId + "/copy-report");
        assertThat(report.json().path("suspected").asBoolean()).as(report.toString()).isTrue();
    }

    @Test
    @Order(2)
    void theEvidenceComesFirstEachSourceInItsOwnColourThenTheTextsThenTheDecision() {
        browser.signIn("secretary2");
        browser.resize(BrowserSession.LAPTOP);
        browser.open("/review/" + copyId);

        // evidence, then the texts side by side, then the decision
        assertThat(before("#copy-summary", "#copy-report")).isTrue();
        assertThat(before("#copy-report", "#review-actions")).isTrue();
        assertThat(before("#copy-summary", "#review-pledge")).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#review-actions details[open]")))
                .as("no decision is open before the reviewer chooses one").isEmpty();

        List<WebElement> sources = browser.driver().findElements(By.cssSelector("#copy-summary li.summary-source"));
        assertThat(sources).hasSize(2);
        List<String> colours = new ArrayList<>();
        for (WebElement source : sources) {
            String sourceId = source.getAttribute("data-source-id");
            assertThat(sourceId).isIn(lastYearId, thisYearId);
            assertThat(source.findElement(By.cssSelector(".copy-direction")).getText()).isNotBlank();
            String colour = background(source.findElement(By.cssSelector(".swatch")));
            colours.add(colour);
            // the passages of this source are marked in its colour, in the side-by-side texts and in the pledge
            WebElement article = browser.find("#copy-report article.copy-source[data-source-id='" + sourceId + "']");
            List<WebElement> marks = article.findElements(By.cssSelector("mark.hl"));
            assertThat(marks).isNotEmpty();
            marks.forEach(mark -> assertThat(background(mark)).isEqualTo(colour));
            // a link to each passage, which jumps to it
            List<WebElement> links = source.findElements(By.cssSelector("a.passage-link"));
            assertThat(links).isNotEmpty();
            for (WebElement link : links) {
                String target = link.getAttribute("href").replaceFirst("^.*#", "");
                assertThat(article.findElements(By.id(target))).as("passage " + target + " of " + sourceId).hasSize(1);
            }
        }
        assertThat(colours).doesNotHaveDuplicates();
        List<WebElement> pledgeMarks = browser.driver().findElements(By.cssSelector("#review-pledge mark.hl"));
        assertThat(pledgeMarks.stream().map(this::background).distinct()).hasSize(2).containsAll(colours);

        WebElement lastLink = sources.get(1).findElements(By.cssSelector("a.passage-link")).get(0);
        String target = lastLink.getAttribute("href").replaceFirst("^.*#", "");
        lastLink.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#" + target);
        Long top = (Long) script("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top)", target);
        Long height = (Long) script("return window.innerHeight");
        assertThat(top).as("the passage jumped to is on screen").isBetween(-1L, height);
        browser.screenshot("a0-review-evidence-first-1366", BrowserSession.LAPTOP);
        browser.screenshot("a1-review-evidence-first-390", BrowserSession.PHONE_390);
    }

    @Test
    @Order(3)
    void theQueueFitsAPhoneAndTheReviewPageLeadsThroughTheBranchsPledges() {
        browser.signIn("secretary2");
        browser.open("/review?year=" + YEAR);
        assertThat(browser.driver().findElements(By.cssSelector("#review-queue tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        browser.resize(BrowserSession.PHONE_390);
        assertThat(browser.cellsOffScreen("#review-queue")).as("queue cells off screen at 390 px").isEmpty();
        browser.screenshot("a2-review-queue-390", BrowserSession.PHONE_390);
        browser.screenshot("a3-review-queue-1366", BrowserSession.LAPTOP);

        browser.open("/review/" + copyId);
        WebElement nav = browser.find("#queue-nav");
        assertThat(nav.getText()).contains("/ 2");
        List<WebElement> links = nav.findElements(By.cssSelector("a[rel=prev], a[rel=next]"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getAttribute("href")).endsWith("/review/" + thisYearId);
        assertThat(nav.findElement(By.cssSelector("a.queue-back")).getAttribute("href")).contains("year=" + YEAR);
    }

    @Test
    @Order(4)
    void approvingASuspectedPledgeAsksForConfirmationFirst() {
        browser.signIn("secretary2");
        browser.open("/review/" + copyId);
        browser.toggle("#d-approve summary");
        browser.type("#approve-note", "Đã trao đổi với đồng chí Mai: các đoạn trùng là nội dung chung của cơ quan.");
        browser.click("#approve");

        // a page of its own, no script needed: nothing is decided yet
        assertThat(browser.text("h1")).contains("Xác nhận");
        assertThat(browser.text("#confirm-approve-form")).contains("2");
        assertThat(http().get("secretary2", "/api/pledges/" + copyId).text("/status")).isEqualTo("SUBMITTED");
        assertThat(browser.driver().getPageSource()).doesNotContain("onclick").doesNotContain("<script>");
        browser.screenshot("a4-review-confirm-approve-1366", BrowserSession.LAPTOP);
        browser.screenshot("a5-review-confirm-approve-390", BrowserSession.PHONE_390);

        // going back changes nothing
        browser.click("#cancel-approve");
        assertThat(browser.path()).startsWith("/review/" + copyId);
        assertThat(http().get("secretary2", "/api/pledges/" + copyId).text("/status")).isEqualTo("SUBMITTED");

        browser.toggle("#d-approve summary");
        browser.click("#approve");
        browser.click("#confirm-approve");
        assertThat(browser.text(".notice-ok")).contains("Đã duyệt");
        assertThat(http().get("secretary2", "/api/pledges/" + copyId).text("/status")).isEqualTo("APPROVED");
    }

    private boolean before(String first, String second) {
        return (Boolean) script("return !!(document.querySelector(arguments[0]).compareDocumentPosition("
                + "document.querySelector(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING)", first, second);
    }

    private String background(WebElement element) {
        return (String) script("return getComputedStyle(arguments[0]).backgroundColor", element);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }
}
