package vn.lamtheo.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "everywhere": the history of a pledge and of a model says in Vietnamese words what happened and who did it,
 * the system's own steps included (never an event's class name such as {@code PledgeCopiedFrom} nor an actor id such as
 * {@code system:overlap-check}), and Vietnamese text quotes with “ ” rather than straight quotes. member1 works in a
 * year of its own and committee1's model has a title of its own (all browser tests share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryInWordsBrowserTest extends BrowserTestBase {

    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    static final int YEAR = THIS_YEAR - 5;
    static final Duration PATIENCE = Duration.ofMinutes(3);
    /** What the history says for a step the system took by itself. */
    static final String SYSTEM_WORDS = "Hệ thống (tự động)";


    @Test
    @Order(1)
    void aPledgesHistoryNamesEveryStepAndTheSystemInWords() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("tuTuongChinhTri", "Đọc mỗi tháng một bài viết của Bác về dân vận, ghi lại điều làm được ở tổ tự quản.");
        sections.put("daoDucLoiSong", "Không uống rượu trong giờ làm việc, giữ hòa khí với bà con lối xóm.");
        sections.put("yThucToChucKyLuat", "Dự đủ các kỳ sinh hoạt chi bộ, nộp đảng phí đầy đủ, đúng hạn.");
        sections.put("tacPhongLeLoiLamViec", "Đến tận nhà hộ có khó khăn để nghe và ghi lại nguyện vọng.");
        sections.put("thucHienChucTrachNhiemVu", "Vận động tổ tự quản số 5 làm xong hai trăm mét đường bê tông.");
        sections.put("trachNhiemNeuGuong", "Hiến năm mét đất mở rộng đường vào tổ, vận động hai hộ cùng hiến đất.");
        sections.put("hanCheKhuyetDiemNamTruoc", "Chưa sâu sát hộ nghèo trong tổ.");
        sections.put("bienPhapKhacPhuc", "Mỗi tháng thăm mỗi hộ nghèo một lần.");
        sections.put("noiDungLamTheo", "Hoàn thành hai trăm mét đường bê tông trong tổ số 5 trước tháng 8.");
        String id = draft("member1", YEAR, sections);
        assertThat(http().post("member1", "/api/pledges/" + id + "/submit", null).status()).isEqualTo(200);
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                "DONE".equals(http().get("member1", "/api/pledges/" + id + "/copy-report").text("/status")));

        browser.signIn("member1");
        browser.open("/pledges/" + id);
        String history = browser.textEventually("#history", "Kiểm tra trùng lặp");
        assertThat(history).contains("Tạo bản nháp").contains("Nộp bản đăng ký").contains("Kiểm tra trùng lặp")
                .contains(SYSTEM_WORDS);
        assertInWords(history);
        browser.screenshot("b0-pledge-history-in-words-1366", BrowserSession.LAPTOP);

        browser.signIn("secretary1");
        browser.open("/review/" + id);
        String reviewHistory = browser.text("#history");
        assertThat(reviewHistory).contains("Kiểm tra trùng lặp").contains(SYSTEM_WORDS);
        assertInWords(reviewHistory);
        browser.screenshot("b1-review-history-in-words-390", BrowserSession.PHONE_390);
    }

    @Test
    @Order(2)
    void aModelsHistoryNamesTheOverlapCheckAsTheSystem() throws Exception {
        ObjectNode model = (ObjectNode) Http.JSON.readTree("""
                {"title":"Tổ tự quản thắp sáng đường quê ấp Bến Có","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":%d,
                 "description":{"reason":"Đường ấp tối, nhiều vụ trộm vặt.","goals":"Ba km đường có đèn.",
                  "content":"Mỗi hộ ven đường góp một bóng đèn và tiền điện.","scope":"Ấp Bến Có.","forces":"Chi bộ ấp.",
                  "resources":"Người dân góp công, góp tiền.","timeline":"Từ tháng 2.","expectedResults":"Ba km đường sáng.",
                  "replication":"Các ấp ven sông."}}""".formatted(THIS_YEAR));
        Http.Answer drafted = http().post("committee1", "/api/models", model);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.text("/id");
        Http.Answer submitted = http().post("committee1", "/api/models/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        browser.signIn("committee1");
        browser.open("/models/" + id);
        String history = browser.textEventually("#history", "Kiểm tra trùng lặp");
        assertThat(history).contains("Tạo bản nháp").contains("Gửi thẩm định").contains("Kiểm tra trùng lặp")
                .contains(SYSTEM_WORDS);
        assertInWords(history);
        browser.screenshot("b2-model-history-in-words-1366", BrowserSession.LAPTOP);
        browser.screenshot("b3-model-history-in-words-390", BrowserSession.PHONE_390);
    }

    @Test
    @Order(3)
    void vietnameseMessagesQuoteWithCurlyQuotes() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("daoDucLoiSong", "Giữ gìn phẩm chất, lối sống giản dị.");
        String id = draft("member1", YEAR + 1, sections);
        browser.signIn("member1");
        browser.open("/pledges/" + id);
        browser.click("#submit-pledge");
        String error = browser.text("#sec-tuTuongChinhTri .field-error");
        assertThat(error).contains("“").contains("”").doesNotContain("\"");
        String page = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText");
        assertThat(page).doesNotContain("\"");
        browser.screenshot("b4-curly-quotes-390", BrowserSession.PHONE_390);
    }

    /** No class name of an event (two capitalised words run together) and no actor id. */
    private static void assertInWords(String history) {
        assertThat(history).doesNotContainPattern("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b").doesNotContain("system")
                .doesNotContain(":overlap");
    }

    private String draft(String user, int year, Map<String, String> sections) {
        Http.Answer draft = http().post(user, "/api/pledges",
                pledgeBody(year, "Lâm Văn Đầu", 1972, "Đảng viên, tổ trưởng tổ tự quản số 5", "Phụ trách tổ tự quản số 5 của ấp.", sections));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return draft.text("/id");
    }
}
