package vn.lamtheo.web;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's pledge flow in a real browser: member1 drafts and submits with a missing section (the error shows at the
 * section), fixes it and submits; secretary1 finds it in the queue and returns it with a comment; member1 reads the
 * comment, revises and resubmits; secretary1 approves. Screenshots of each step go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PledgePagesBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @Test
    @Order(2)
    void memberDraftsSubmitsWithAMissingSectionFixesItAndSubmits() {
        browser.signIn("member1");
        browser.click("a[href='/pledges']");
        browser.click("#start-pledge");
        assertThat(browser.text("h1")).isEqualTo("Bản đăng ký năm " + YEAR);

        browser.type("#f-birthYear", "1986");
        browser.type("#f-position", "Đảng viên, tổ trưởng tổ nhân dân tự quản ấp La Bang Chợp");
        browser.type("#f-assignedDuties", "Phụ trách tổ nhân dân tự quản số 3, vận động hộ dân thực hiện tiêu chí nông thôn mới.");
        fillAllSectionsBut("tuTuongChinhTri");
        browser.screenshot("10-member-form-filled");
        browser.click("#submit-pledge");

        assertThat(browser.exists("#error-summary")).isTrue();
        assertThat(browser.find("#sec-tuTuongChinhTri").getAttribute("class")).contains("has-error");
        assertThat(browser.text("#sec-tuTuongChinhTri .field-error")).isNotBlank();
        browser.screenshot("11-member-submit-missing-section");
        browser.screenshot("11-member-submit-missing-section-360", BrowserSession.PHONE);

        browser.type("#f-tuTuongChinhTri", "Học tập Nghị quyết Đại hội Đảng bộ xã và chuyên đề năm " + YEAR
                + "; mỗi quý viết một bài thu hoạch, vận dụng vào việc hòa giải mâu thuẫn trong tổ số 3.");
        browser.click("#submit-pledge");
        assertThat(browser.text("#pledge-status")).isEqualTo("Chờ duyệt");
        assertThat(browser.text(".notice-ok")).contains("Đã nộp");
        assertThat(browser.text("#history")).contains("Nộp bản đăng ký");
        browser.screenshot("12-member-submitted");
    }

    @Test
    @Order(3)
    void secretarySeesItInTheQueueAndRequestsRevisionWithAComment() {
        browser.signIn("secretary1");
        browser.click("a[href='/review']");
        assertThat(browser.textEventually("#review-queue", "Chờ duyệt")).contains("Trần Thị Lan").contains("Chờ duyệt");
        browser.screenshot("20-secretary-queue");
        browser.screenshot("20-secretary-queue-360", BrowserSession.PHONE);

        browser.click("#review-queue tr.waiting a.review-link");
        assertThat(browser.text("h1")).contains("Trần Thị Lan");
        browser.screenshot("21-secretary-review");
        browser.toggle("#d-revise summary");
        browser.type("#revise-reason", "Nội dung làm theo cần có thời hạn cụ thể cho từng việc.");
        browser.type("#comment-noiDungLamTheo", "Ghi rõ hoàn thành việc vận động trước tháng nào.");
        browser.click("#request-revision");
        assertThat(browser.text(".notice-ok")).contains("trả lại");
        assertThat(browser.textEventually("#review-queue", "Yêu cầu chỉnh sửa")).contains("Yêu cầu chỉnh sửa");
        browser.screenshot("22-secretary-returned");
    }

    @Test
    @Order(4)
    void memberReadsTheCommentRevisesAndResubmits() {
        browser.signIn("member1");
        assertThat(browser.textEventually(".home-panel", "trả lại")).contains("trả lại");
        browser.click(".home-panel a.btn-primary");
        assertThat(browser.text("#review-reason")).contains("thời hạn cụ thể");
        assertThat(browser.text("#c-noiDungLamTheo")).contains("trước tháng nào");
        browser.screenshot("30-member-sees-comment");
        browser.screenshot("30-member-sees-comment-360", BrowserSession.PHONE);
        browser.type("#f-noiDungLamTheo", "Vận động 12 hộ trong tổ số 3 trồng hàng rào xanh, hoàn thành trước 30/6/" + YEAR
                + "; tổ chức 4 buổi sinh hoạt tổ về an toàn giao thông, mỗi quý một buổi.");
        browser.click("#submit-pledge");
        assertThat(browser.text("#pledge-status")).isEqualTo("Chờ duyệt");
        browser.screenshot("31-member-resubmitted");
    }

    @Test
    @Order(5)
    void secretaryApproves() {
        browser.signIn("secretary1");
        browser.open("/review");
        browser.click("#review-queue tr.waiting a.review-link");
        browser.click("#approve");
        assertThat(browser.text(".notice-ok")).contains("Đã duyệt");
        assertThat(browser.textEventually("#review-queue", "Đã duyệt")).contains("Đã duyệt");
        browser.screenshot("40-secretary-approved");

        browser.signIn("member1");
        browser.open("/pledges/mine");
        assertThat(browser.textEventually("table", "Đã duyệt")).contains("Đã duyệt");
        browser.click("table a");
        assertThat(browser.text("#history")).contains("Yêu cầu chỉnh sửa").contains("Được duyệt");
        browser.screenshot("41-member-approved-history");
        browser.screenshot("41-member-approved-history-360", BrowserSession.PHONE);
        browser.open("/pledges/mine?lang=en");
        assertThat(browser.text("table")).contains("Approved");
        browser.screenshot("42-member-pledges-en");
        browser.open("/?lang=vi");
    }

    private void fillAllSectionsBut(String missing) {
        String[][] texts = {
                {"tuTuongChinhTri", "Học tập nghị quyết, chuyên đề năm " + YEAR + " và vận dụng vào công việc của tổ."},
                {"daoDucLoiSong", "Giữ gìn nếp sống giản dị; không tổ chức tiệc tùng lãng phí trong gia đình."},
                {"yThucToChucKyLuat", "Dự đủ 12 buổi sinh hoạt chi bộ, đóng đảng phí đúng hạn hằng tháng."},
                {"tacPhongLeLoiLamViec", "Tiếp nhận ý kiến của người dân trong tổ mỗi tuần, phản hồi trong 3 ngày."},
                {"thucHienChucTrachNhiemVu", "Tổ số 3 đạt 100% hộ thực hiện tiêu chí nông thôn mới trong năm " + YEAR + "."},
                {"trachNhiemNeuGuong", "Gia đình gương mẫu trồng hàng rào xanh, phân loại rác tại nguồn."},
                {"hanCheKhuyetDiemNamTruoc", "Năm trước còn chậm báo cáo kết quả của tổ."},
                {"bienPhapKhacPhuc", "Lập sổ theo dõi, báo cáo kết quả cho chi bộ trước ngày 25 hằng tháng."},
                {"noiDungLamTheo", "Vận động 12 hộ trồng hàng rào xanh trong năm " + YEAR + "; 4 buổi sinh hoạt tổ về an toàn giao thông."}};
        for (String[] section : texts) {
            if (!section[0].equals(missing)) {
                browser.type("#f-" + section[0], section[1]);
            }
        }
    }
}
