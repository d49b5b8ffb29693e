package vn.lamtheo.web;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's model flow in a real browser: committee1 proposes a model with the registration form and submits it,
 * the curator registers and features it from the curation queue, and it appears in the registry (found by a
 * query without diacritics). Screenshots of each step go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelPagesBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    static final String TITLE = "Tổ tự quản “Đường hoa ấp La Bang Chợp”";

    static String modelPath;

    @Test
    @Order(1)
    void committeeOfficerProposesAndSubmitsAModel() {
        browser.signIn("committee1");
        browser.screenshot("50-home-committee1");
        browser.click("a[href='/commune/models']");
        browser.click("#propose-model");
        browser.screenshot("51-model-form-empty");
        browser.screenshot("51-model-form-empty-360", BrowserSession.PHONE);

        browser.click("#submit-model"); // nothing filled in: the title is required
        assertThat(browser.text("#error-summary")).isNotBlank();
        assertThat(browser.find("#m-title").findElement(org.openqa.selenium.By.xpath("..")).getAttribute("class")).contains("has-error");

        browser.type("#m-title", TITLE);
        new Select(browser.find("#m-field")).selectByValue("NONG_THON_MOI");
        browser.type("#m-startYear", String.valueOf(YEAR));
        browser.type("#m-reason", "Đường ấp nhiều đoạn cỏ dại, thiếu ánh sáng, người dân chưa có thói quen giữ vệ sinh chung.");
        browser.type("#m-goals", "Hai km đường hoa, 100% hộ ven đường tham gia chăm sóc, không còn điểm rác tự phát.");
        browser.type("#m-content", "Chia đường thành đoạn, mỗi đoạn một tổ 5 hộ phụ trách trồng và chăm hoa; họp tổ mỗi tháng.");
        browser.type("#m-scope", "Ấp La Bang Chợp, xã Nhị Trường; 86 hộ ven tuyến đường chính.");
        browser.type("#m-forces", "Chi bộ ấp, Chi hội Phụ nữ, Chi đoàn thanh niên ấp.");
        browser.type("#m-resources", "Người dân góp công; xã hỗ trợ 20 triệu đồng cây giống.");
        browser.type("#m-timeline", "Từ tháng 3 đến tháng 12/" + YEAR + "; đánh giá kết quả ngày 15/12/" + YEAR + ".");
        browser.type("#m-expectedResults", "2 km đường hoa; 86/86 hộ tham gia; 0 điểm rác tự phát.");
        browser.type("#m-replication", "Áp dụng được cho các ấp có tuyến đường liên ấp, chi phí thấp.");
        browser.screenshot("52-model-form-filled");
        browser.click("#submit-model");

        assertThat(browser.text("h1")).isEqualTo(TITLE);
        assertThat(browser.text("#model-status")).isEqualTo("Chờ thẩm định");
        modelPath = browser.path();
        browser.screenshot("53-model-submitted");
        browser.open("/commune/models");
        assertThat(browser.text("#commune-models")).contains(TITLE);
        browser.screenshot("54-commune-models-360", BrowserSession.PHONE);
    }

    @Test
    @Order(2)
    void curatorRegistersAndFeaturesIt() {
        browser.signIn("curator");
        browser.click("a[href='/curation']");
        assertThat(browser.text("#submitted")).contains(TITLE);
        browser.screenshot("60-curation-queue");
        browser.screenshot("60-curation-queue-360", BrowserSession.PHONE);
        browser.click("#submitted h3 a");
        // the registration form's parts, from the real registry (this once rendered none of them)
        assertThat(browser.text("#model-description")).contains("Mục tiêu, tiêu chí").contains("Hai km đường hoa")
                .contains("Khả năng nhân rộng").contains("chi phí thấp");
        browser.screenshot("61-curator-model-review");
        browser.screenshot("61-curator-model-review-360", BrowserSession.PHONE);
        browser.click("#register-model");
        assertThat(browser.text("#model-status")).isEqualTo("Đã công nhận");
        browser.click("#feature-model");
        assertThat(browser.text("#model-status")).isEqualTo("Tiêu biểu, nhân rộng");
        assertThat(browser.text("#history")).contains("Được công nhận").contains("Được chọn tiêu biểu");
        browser.screenshot("62-curator-featured");
    }

    @Test
    @Order(3)
    void itAppearsInTheRegistryAndIsFoundWithoutDiacritics() {
        browser.signIn("member2");
        browser.click("a[href='/models']");
        assertThat(browser.text("#registry-cards")).contains(TITLE);
        browser.type("#q", "duong hoa ap la bang chop");
        browser.click("#filter");
        assertThat(browser.text("#registry-cards")).contains(TITLE);
        browser.screenshot("70-registry-search");
        browser.screenshot("70-registry-search-360", BrowserSession.PHONE);
        browser.open("/models?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Registry of exemplary models");
        browser.screenshot("71-registry-en");
        browser.open(modelPath + "?lang=vi");
        assertThat(browser.text("h1")).isEqualTo(TITLE);
        assertThat(browser.exists("#model-actions")).isFalse();
        browser.screenshot("72-model-public-page");
    }

    @Test
    @Order(4)
    void anybodyReadsThePublicRegistryWithoutSigningIn() {
        browser.signOut();
        browser.open("/registry");
        assertThat(browser.path()).isEqualTo("/registry");
        assertThat(browser.text("h1")).isEqualTo("Danh mục mô hình hay, cách làm tiêu biểu");
        assertThat(browser.text("#public-registry-cards")).contains(TITLE);
        browser.screenshot("73-public-registry");
        browser.screenshot("73-public-registry-360", BrowserSession.PHONE);
        browser.click("#public-registry-cards h3 a");
        assertThat(browser.text("h1")).isEqualTo(TITLE);
        assertThat(browser.text("#model-description")).contains("Hai km đường hoa").contains("Khả năng nhân rộng");
        assertThat(browser.exists("#model-actions")).isFalse();
        assertThat(browser.exists("#history")).isFalse();
        browser.screenshot("74-public-model");
        browser.screenshot("74-public-model-360", BrowserSession.PHONE);
    }
}
