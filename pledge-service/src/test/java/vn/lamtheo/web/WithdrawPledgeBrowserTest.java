package vn.lamtheo.web;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.lamtheo.pledge.web.Http;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 for members: a submitted pledge that nobody has reviewed yet can be withdrawn, from the page and through
 * {@code POST /api/pledges/{id}/withdraw}: it is a draft again, edited and submitted anew; once the secretary has acted
 * on it, it cannot. member2 works in a year of its own (all browser tests share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithdrawPledgeBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 6;
    static String pledgeId;

    @Test
    @Order(1)
    void theMemberWithdrawsASubmittedPledgeFromThePageAndSubmitsItAgain() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("tuTuongChinhTri", "Mỗi quý đọc một chuyên đề, ghi sổ tay những điều áp dụng vào công việc của chi hội.");
        sections.put("daoDucLoiSong", "Sống hòa thuận với lối xóm, không tham gia cờ bạc, rượu chè.");
        sections.put("yThucToChucKyLuat", "Dự đủ sinh hoạt chi bộ, đóng đảng phí đúng hạn.");
        sections.put("tacPhongLeLoiLamViec", "Đến tận nhà hội viên để nghe ý kiến, trả lời trong tuần.");
        sections.put("thucHienChucTrachNhiemVu", "Vận động hội viên chi hội phụ nữ gửi tiết kiệm mỗi tháng.");
        sections.put("trachNhiemNeuGuong", "Đi đầu phân loại rác tại nhà, vận động năm hộ cùng làm.");
        sections.put("hanCheKhuyetDiemNamTruoc", "Còn chậm nộp báo cáo của chi hội.");
        sections.put("bienPhapKhacPhuc", "Nộp báo cáo vào ngày hai mươi lăm hằng tháng.");
        sections.put("noiDungLamTheo", "Vận động mười hộ phân loại rác tại nhà trước tháng 6.");
        Http.Answer draft = http().post("member2", "/api/pledges",
                pledgeBody(YEAR, "Kim Thị Sa Rết", 1990, "Đảng viên, chi hội trưởng chi hội phụ nữ ấp", "Phụ trách chi hội phụ nữ ấp.", sections));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        pledgeId = draft.text("/id");
        assertThat(http().post("member2", "/api/pledges/" + pledgeId + "/submit", null).status()).isEqualTo(200);

        browser.signIn("member2");
        browser.open("/pledges/" + pledgeId);
        assertThat(browser.text("#pledge-status")).isEqualTo("Chờ duyệt");
        browser.screenshot("d0-member-withdraw-offered-1366", BrowserSession.LAPTOP);
        browser.screenshot("d1-member-withdraw-offered-390", BrowserSession.PHONE_390);
        browser.click("#withdraw-pledge");
        assertThat(browser.text(".notice-ok")).contains("Đã rút lại");
        assertThat(browser.text("#pledge-status")).isEqualTo("Bản nháp");
        assertThat(browser.exists("#withdraw-pledge")).isFalse();
        assertThat(browser.text("#history")).contains("Rút lại để sửa");
        assertThat(http().get("member2", "/api/pledges/" + pledgeId).text("/status")).isEqualTo("DRAFT");
        browser.screenshot("d2-member-withdrawn-draft-390", BrowserSession.PHONE_390);

        browser.type("#f-noiDungLamTheo", "Vận động mười hai hộ phân loại rác tại nhà trước tháng 6.");
        browser.click("#submit-pledge");
        assertThat(browser.text("#pledge-status")).isEqualTo("Chờ duyệt");
    }

    @Test
    @Order(2)
    void throughTheApiTooAndNotOnceTheSecretaryHasActed() {
        // only the member withdraws their own
        assertThat(http().post("secretary1", "/api/pledges/" + pledgeId + "/withdraw", null).status()).isIn(403, 404);
        Http.Answer withdrawn = http().post("member2", "/api/pledges/" + pledgeId + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.text("/status")).isEqualTo("DRAFT");
        assertThat(http().post("member2", "/api/pledges/" + pledgeId + "/submit", null).status()).isEqualTo(200);

        Http.Answer returned = http().post("secretary1", "/api/pledges/" + pledgeId + "/request-revision",
                Map.of("reason", "Ghi rõ số hộ của từng tổ."));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        Http.Answer refused = http().post("member2", "/api/pledges/" + pledgeId + "/withdraw", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        browser.signIn("member2");
        browser.open("/pledges/" + pledgeId);
        assertThat(browser.exists("#withdraw-pledge")).isFalse();
    }
}
