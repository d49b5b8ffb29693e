package vn.lamtheo.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supervision visit answered on a phone (360 px): each answer saved as it is entered, a FAIL held back until its
 * note is written, the visit closed by its lead, and the campaign report downloaded from the visits page.
 */
class VisitBrowserTest extends BrowserTestBase {

    static final String NHI_TRUONG = "cau-ngang/nhi-truong";

    @Test
    void a_visit_is_answered_at_phone_width_closed_and_the_campaign_report_downloaded() {
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("supervisor", "/api/supervision/checklists").json().size() > 0);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Http.Answer planned = http.post("supervisor", "/api/supervision/visits",
                Map.of("unitId", NHI_TRUONG, "date", today.toString(), "checklistId", "kl01-sach-v1"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String id = planned.text("/id");
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("supervisor", "/api/supervision/visits/" + id).status() == 200);

        browser.signIn("supervisor");
        browser.driver().manage().window().setSize(BrowserSession.PHONE);
        browser.open("/supervision/visits/" + id);
        assertThat(browser.text("h1")).isEqualTo("Giám sát Đảng bộ xã Nhị Trường");
        assertThat(browser.text("#fact-book-cabinet")).contains("Chưa có số liệu tủ sách");

        choose("kl01.ke-hoach", "PASS");
        choose("sinh-hoat.long-ghep", "PASS");
        choose("dang-ky.day-du", "PASS");
        choose("tu-sach.trang-bi", "FAIL");
        assertThat(stateOf("tu-sach.trang-bi")).isEqualTo("Không đạt: ghi chú lý do để lưu.");
        enter("tu-sach.trang-bi", ".answer-note", "Tủ sách chưa có sổ theo dõi mượn sách");
        enter("sinh-hoat.so-buoi", ".answer-value", "4");
        for (String key : new String[]{"kl01.ke-hoach", "sinh-hoat.long-ghep", "dang-ky.day-du", "tu-sach.trang-bi", "sinh-hoat.so-buoi"}) {
            waitSaved(key);
        }
        browser.screenshot("80-visit-answered-phone", BrowserSession.PHONE);

        JsonNode answers = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.get("supervisor", "/api/supervision/visits/" + id).json().path("answers"), a -> a.size() == 5);
        assertThat(answers.at("/tu-sach.trang-bi/value").asText()).isEqualTo("FAIL");
        assertThat(answers.at("/tu-sach.trang-bi/note").asText()).isEqualTo("Tủ sách chưa có sổ theo dõi mượn sách");
        assertThat(answers.at("/sinh-hoat.so-buoi/value").asText()).isEqualTo("4");

        browser.driver().manage().window().setSize(BrowserSession.PHONE);
        browser.click("#close-button");
        assertThat(browser.textEventually("#visit-status", "Đã kết thúc")).contains("Đã kết thúc");
        assertThat(browser.exists("#close-button")).isFalse();
        browser.screenshot("81-visit-closed-phone", BrowserSession.PHONE);

        browser.open("/supervision/visits?year=" + today.getYear());
        assertThat(browser.text("#visit-list")).contains("Đảng bộ xã Nhị Trường", "Đã kết thúc");
        browser.screenshot("82-visits-and-campaign-report");
        assertThat(fetch(browser.find("#download-docx").getAttribute("href")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(fetch(browser.find("#download-pdf").getAttribute("href"))).isEqualTo("200 application/pdf");
    }

    private WebElement item(String key) {
        return browser.find(".item[data-key='" + key + "']");
    }

    private void choose(String key, String value) {
        WebElement radio = item(key).findElement(org.openqa.selenium.By.cssSelector("input[value='" + value + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
    }

    private void enter(String key, String field, String text) {
        WebElement input = item(key).findElement(org.openqa.selenium.By.cssSelector(field));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(text, Keys.TAB);
    }

    private String stateOf(String key) {
        return item(key).findElement(org.openqa.selenium.By.cssSelector(".save-state")).getText();
    }

    private void waitSaved(String key) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElement(
                item(key).findElement(org.openqa.selenium.By.cssSelector(".save-state")), "Đã lưu"));
    }

    /** The status and content type of a GET sent by the page itself (fetch sends the session cookie). */
    private String fetch(String url) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'})
                    .then(r => done(r.status + ' ' + (r.headers.get('content-type') || '')))
                    .catch(e => done('failed ' + e));""", url);
        return String.valueOf(answer).strip();
    }
}
