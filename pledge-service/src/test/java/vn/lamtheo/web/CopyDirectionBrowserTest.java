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
 * Issue 17's fairness in a real browser: member1 submits first, member2 submits the same text later. member1's page
 * shows no copy warning (being copied is not a suspicion), before and after approval; the review page of member2's
 * pledge shows first the source it may have copied, in words ("Nghi sao chép từ …"), with the passages highlighted
 * side by side; the original's review page says it was copied by the later one. A year of its own keeps this flow
 * out of the other browser tests' queue rows (all share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopyDirectionBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 3;
    static final Duration PATIENCE = Duration.ofMinutes(3);

    static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put("tuTuongChinhTri", "Mỗi tháng đọc kỹ một chuyên đề về tư tưởng của Bác, ghi sổ tay những điều áp dụng được vào việc tổ chức sản xuất của tổ hợp tác.");
        TEXT.put("daoDucLoiSong", "Không nhận quà biếu của các hộ khi làm hồ sơ vay vốn, nói đi đôi với làm trước bà con trong ấp.");
        TEXT.put("yThucToChucKyLuat", "Báo cáo chi bộ trước mỗi chuyến đi làm ăn xa, dự đủ mười hai kỳ sinh hoạt trong năm.");
        TEXT.put("tacPhongLeLoiLamViec", "Ghi chép đầy đủ ý kiến của tổ viên, trả lời bằng văn bản trong vòng một tuần.");
        TEXT.put("thucHienChucTrachNhiemVu", "Phụ trách tổ hợp tác nuôi cua, bảo đảm mỗi hộ có sổ nhật ký ao nuôi và được tập huấn về con giống.");
        TEXT.put("trachNhiemNeuGuong", "Đi đầu chuyển đổi ao tôm kém hiệu quả sang nuôi cua, mở cửa ao nhà cho bà con đến xem cách làm.");
        TEXT.put("hanCheKhuyetDiemNamTruoc", "Năm trước để sổ sách tổ hợp tác chậm cập nhật, có tháng không họp tổ.");
        TEXT.put("bienPhapKhacPhuc", "Cố định ngày họp tổ vào mùng năm âm lịch, giao một tổ viên giữ sổ thu chi.");
        TEXT.put("noiDungLamTheo", "Đưa 4 hộ nuôi cua theo quy trình an toàn sinh học trước tháng 6; tổ chức 1 buổi tham quan ao mẫu trong quý III.");
    }

    static String originalId;
    static String copyId;
    Http http;

    Http http() {
        if (http == null) {
            http = new Http(port);
        }
        return http;
    }

    String submitted(String user, String fullName) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("fullName", fullName);
        header.put("birthYear", 1980);
        header.put("position", "Đảng viên, tổ trưởng tổ hợp tác nuôi cua");
        header.put("assignedDuties", "Phụ trách tổ hợp tác nuôi cua của ấp.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", YEAR);
        body.put("templateKind", "PARTY_MEMBER");
        body.put("header", header);
        body.put("sections", TEXT);
        body.put("followsModelIds", List.of());
        Http.Answer draft = http().post(user, "/api/pledges", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        Http.Answer submitted = http().post(user, "/api/pledges/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                "DONE".equals(http().get("secretary1", "/api/pledges/" + id + "/copy-report").text("/status")));
        return id;
    }

    @Test
    @Order(1)
    void theOriginalsOwnerSeesNoWarningWhenALaterPledgeCopiesIt() {
        originalId = submitted("member1", "Lâm Văn Đầu");
        copyId = submitted("member2", "Thạch Thị Sau");
        assertThat(http().get("secretary1", "/api/pledges/" + copyId + "/copy-report").json().path("suspected").asBoolean())
                .as("the later pledge is the suspected one").isTrue();

        browser.signIn("member1");
        browser.open("/pledges/" + originalId);
        assertThat(browser.exists("#copy-notice")).isFalse();
        browser.screenshot("90-original-owner-no-warning");

        Http.Answer approved = http().post("secretary1", "/api/pledges/" + originalId + "/approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        browser.open("/pledges/" + originalId);
        assertThat(browser.exists("#copy-notice")).isFalse();
        browser.screenshot("91-original-owner-approved-no-warning");

        // the copier's page does carry the warning
        browser.signIn("member2");
        browser.open("/pledges/" + copyId);
        assertThat(browser.text("#copy-notice")).isNotBlank();
    }

    @Test
    @Order(2)
    void theReviewPageOfTheCopyShowsItsSourceAndTheDirectionInWordsFirst() {
        browser.signIn("secretary1");
        browser.open("/review/" + copyId);
        List<WebElement> sources = browser.driver().findElements(By.cssSelector("#copy-report article.copy-source"));
        assertThat(sources).isNotEmpty();
        WebElement first = sources.get(0);
        assertThat(first.getAttribute("data-source-id")).isEqualTo(originalId);
        assertThat(first.findElement(By.cssSelector("h3")).getText()).startsWith("Nghi sao chép từ: Lâm Văn Đầu");
        assertThat(first.findElement(By.cssSelector(".copy-direction")).getText())
                .contains("bản này có thể đã sao chép từ bản kia");
        List<WebElement> pairs = first.findElements(By.cssSelector(".copy-pair"));
        assertThat(pairs).isNotEmpty();
        for (WebElement pair : pairs) {
            List<WebElement> sides = pair.findElements(By.xpath("./div"));
            assertThat(sides).hasSize(2);
            assertThat(sides.get(0).findElements(By.cssSelector("mark.hl"))).isNotEmpty();
            assertThat(sides.get(1).findElements(By.cssSelector("mark.hl"))).isNotEmpty();
        }
        browser.screenshot("92-copy-review-source-first-in-words");

        // the original's review page: copied by the later pledge, in words, and nothing to flag it as copied from
        browser.open("/review/" + originalId);
        WebElement later = browser.find("#copy-report article.copy-source[data-source-id='" + copyId + "']");
        assertThat(later.findElement(By.cssSelector("h3")).getText()).startsWith("Bị sao chép bởi bản nộp sau: Thạch Thị Sau");
        assertThat(browser.text("#copy-report")).doesNotContain("Hệ thống nghi vấn sao chép");
        browser.screenshot("93-original-review-copied-by");
    }
}
