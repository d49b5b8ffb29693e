package vn.lamtheo.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.lamtheo.pledge.web.Http;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 for the committee and the curator: the model form reports every problem at once, each naming its field in
 * Vietnamese, and no page shows an enum code such as {@code KINH_TE}; retiring a model needs a reason chosen on
 * purpose (none is preselected) and a confirmation on a page of its own; a retired model is found again under the
 * registry's status filter. The model has a title of its own (all browser tests share one application).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelFormAndRetireBrowserTest extends BrowserTestBase {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    static final String TITLE = "Câu lạc bộ dưỡng sinh người cao tuổi ấp Sóc Chuối";
    /** An enum code: capitals joined by underscores (KINH_TE), or one of the kind codes. */
    static final String CODE = "\\b[A-Z]{2,}(_[A-Z]{2,})+\\b|\\bCOLLECTIVE\\b|\\bINDIVIDUAL\\b|\\bREGISTERED\\b|\\bOUTDATED\\b";

    static String modelId;

    @Test
    @Order(1)
    void theFormReportsEveryProblemAtOnceWithVietnameseFieldNames() {
        browser.signIn("committee1");
        browser.open("/models/new");
        browser.click("#submit-model");
        List<String> errors = browser.driver().findElements(By.cssSelector("#error-summary li")).stream()
                .map(WebElement::getText).toList();
        assertThat(errors).as("title, field and the seven required parts of the form, at once").hasSizeGreaterThanOrEqualTo(9);
        assertThat(String.join("\n", errors)).contains("Tên mô hình").contains("Lĩnh vực").contains("Mục tiêu, tiêu chí")
                .contains("Khả năng nhân rộng");
        assertThat(browser.find("#m-field").findElement(By.xpath("..")).getAttribute("class")).contains("has-error");
        assertThat(browser.find("#m-goals").findElement(By.xpath("..")).getAttribute("class")).contains("has-error");
        assertNoCodes();
        browser.screenshot("c0-model-form-all-errors-1366", BrowserSession.LAPTOP);
        browser.screenshot("c1-model-form-all-errors-390", BrowserSession.PHONE_390);

        // title and field given: the remaining problems, still all at once and named in words
        browser.type("#m-title", TITLE);
        new Select(browser.find("#m-field")).selectByValue("VAN_HOA_XA_HOI");
        browser.click("#submit-model");
        String summary = browser.text("#error-summary");
        assertThat(summary).contains("Mục tiêu, tiêu chí").contains("Khả năng nhân rộng").doesNotContain("Tên mô hình")
                .doesNotContain("Lĩnh vực");
        assertNoCodes();
    }

    @Test
    @Order(2)
    void retiringNeedsAReasonChosenOnPurposeAndAConfirmation() throws Exception {
        ObjectNode model = (ObjectNode) Http.JSON.readTree("""
                {"title":"%s","field":"VAN_HOA_XA_HOI","kind":"COLLECTIVE","startYear":%d,
                 "description":{"reason":"Người cao tuổi trong ấp ít vận động.","goals":"Sáu mươi người tập đều mỗi sáng.",
                  "content":"Tập dưỡng sinh ở sân văn hóa ấp lúc năm giờ sáng.","scope":"Ấp Sóc Chuối.","forces":"Chi hội người cao tuổi.",
                  "resources":"Loa và sân do ấp lo.","timeline":"Cả năm.","expectedResults":"Sáu mươi người tập đều.",
                  "replication":"Các ấp có sân văn hóa."}}""".formatted(TITLE, YEAR));
        Http.Answer drafted = http().post("committee1", "/api/models", model);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        modelId = drafted.text("/id");
        assertThat(http().post("committee1", "/api/models/" + modelId + "/submit", null).status()).isEqualTo(200);
        Http.Answer registered = http().post("curator", "/api/models/" + modelId + "/register", null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

        browser.signIn("curator");
        browser.open("/models/" + modelId);
        assertNoCodes();
        browser.toggle("#d-retire summary");
        Select reason = new Select(browser.find("#m-retire-reason"));
        assertThat(reason.getFirstSelectedOption().getAttribute("value")).as("no reason preselected").isEmpty();
        browser.click("#retire-model");
        assertThat(browser.text("#d-retire .field-error")).isNotBlank();
        assertThat(status()).isEqualTo("REGISTERED");

        new Select(browser.find("#m-retire-reason")).selectByValue("OUTDATED");
        browser.type("#m-retire-note", "Câu lạc bộ đã sáp nhập vào hội người cao tuổi xã.");
        browser.click("#retire-model");
        assertThat(browser.text("h1")).contains("Xác nhận");
        assertThat(browser.text("#confirm-retire-form")).contains(TITLE).contains("Không còn phù hợp");
        assertThat(status()).isEqualTo("REGISTERED");
        assertNoCodes();
        browser.screenshot("c2-model-confirm-retire-1366", BrowserSession.LAPTOP);
        browser.screenshot("c3-model-confirm-retire-390", BrowserSession.PHONE_390);
        browser.click("#confirm-retire");
        assertThat(browser.text("#model-status")).isEqualTo("Đã dừng");
        assertThat(status()).isEqualTo("RETIRED");
        assertNoCodes();
    }

    @Test
    @Order(3)
    void aRetiredModelIsFoundUnderTheStatusFilter() {
        browser.signIn("curator");
        browser.open("/models");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain(TITLE);
        new Select(browser.find("#status")).selectByValue("RETIRED");
        browser.click("#filter");
        assertThat(browser.text("#registry-cards")).contains(TITLE);
        assertNoCodes();
        browser.screenshot("c4-registry-retired-filter-390", BrowserSession.PHONE_390);
    }

    private String status() {
        return http().get("curator", "/api/models/" + modelId).text("/status");
    }

    private void assertNoCodes() {
        String text = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText");
        assertThat(text).doesNotContainPattern(CODE);
    }
}
