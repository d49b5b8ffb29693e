package vn.lamtheo.web;

import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's loan desk in a real browser at phone width (360 px): keeper1 finds a reader of the demo cabinet of Nhị
 * Trường, lends a copy by its code, is refused lending it twice, takes it back, then counts the shelf in a stock-take
 * and closes it. Screenshots of each step go to target/screenshots.
 */
class CabinetPagesBrowserTest extends BrowserTestBase {

    static final String DESK = "/cabinets/demo-nhi-truong";

    void phone() {
        browser.driver().manage().window().setSize(BrowserSession.PHONE);
    }

    /** Reopens a page until the projection behind it shows what the step expects (no timing asserted). */
    void openUntil(String path, BooleanSupplier shown) {
        for (int i = 0; i < 100; i++) {
            browser.open(path);
            if (shown.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(path + " never showed what was expected: " + browser.driver().getPageSource());
    }

    @Test
    void keeperLendsTakesBackAndTakesStockOnAPhone() {
        browser.signIn("keeper1");
        phone();
        openUntil("/cabinets", () -> browser.exists("#cabinets a[href='" + DESK + "']"));
        browser.screenshot("80-cabinets-360", BrowserSession.PHONE);
        phone();
        browser.click("#cabinets a[href='" + DESK + "']");
        openUntil(DESK + "?rq=sa%20ly", () -> browser.exists("#reader-results a")); // the readers are seeded at start-up

        browser.open(DESK);
        browser.type("#rq", "sa ly"); // without diacritics: Thạch Thị Sa Ly
        browser.click("#find-reader");
        assertThat(browser.text("#reader-results")).contains("Thạch Thị Sa Ly");
        browser.click("#reader-results a");
        assertThat(browser.text("#current-reader")).contains("Thạch Thị Sa Ly");
        browser.screenshot("81-desk-reader-360", BrowserSession.PHONE);
        phone();

        browser.type("#code", "ts-00001");
        browser.click("#lend");
        assertThat(browser.text("#desk-ok")).startsWith("Đã cho mượn TS-00001, hạn trả");
        browser.screenshot("82-desk-lent-360", BrowserSession.PHONE);
        phone();

        browser.type("#code", "TS-00001");
        browser.click("#lend");
        assertThat(browser.text("#desk-error")).contains("đang cho mượn");
        browser.screenshot("83-desk-refused-360", BrowserSession.PHONE);
        phone();

        browser.type("#code", "TS-00001");
        browser.click("#return");
        assertThat(browser.text("#desk-ok")).isEqualTo("Đã nhận trả TS-00001");
        browser.screenshot("84-desk-returned-360", BrowserSession.PHONE);
        phone();

        browser.click("#tab-stocktake");
        browser.click("#open-stocktake");
        assertThat(browser.text("#desk-ok")).contains("Đã mở đợt kiểm kê");
        openUntil(DESK + "/stocktake", () -> browser.exists("#count-form"));
        browser.type("#shelf", "A1");
        browser.type("#count-code", "TS-00001");
        browser.click("#count");
        assertThat(browser.text("#desk-ok")).isEqualTo("Đã đếm TS-00001 (tổng 1 bản)");
        browser.type("#count-code", "TS-00002");
        browser.click("#count");
        assertThat(browser.text("#desk-ok")).isEqualTo("Đã đếm TS-00002 (tổng 2 bản)");
        openUntil(DESK + "/stocktake", () -> browser.exists("#counted") && browser.text("#counted").equals("2"));
        browser.screenshot("85-stocktake-counting-360", BrowserSession.PHONE);
        phone();

        browser.open(DESK);
        browser.type("#code", "TS-00003");
        browser.click("#return");
        assertThat(browser.text("#desk-error")).contains("đang có trên giá"); // not on loan; and loans are frozen anyway
        assertThat(browser.exists("#frozen")).isTrue();

        browser.open(DESK + "/stocktake");
        browser.click("#close-stocktake");
        assertThat(browser.text("#desk-ok")).isEqualTo("Đã kết thúc kiểm kê");
        openUntil(DESK + "/stocktake", () -> browser.exists("#last-result"));
        assertThat(browser.text("#r-found")).isEqualTo("2");
        assertThat(Integer.parseInt(browser.text("#r-missing"))).isGreaterThan(50);
        browser.screenshot("86-stocktake-closed-360", BrowserSession.PHONE);
        phone();

        browser.open(DESK + "/catalogue");
        browser.type("#q", "duong kach menh");
        browser.click("#search");
        assertThat(browser.text("#titles")).contains("Đường Kách mệnh");
        browser.screenshot("87-catalogue-search-360", BrowserSession.PHONE);
        browser.open(DESK + "/overdue");
        assertThat(browser.text("h2")).startsWith("Quá hạn đến ngày");
        browser.screenshot("88-overdue-360", BrowserSession.PHONE);
    }
}
