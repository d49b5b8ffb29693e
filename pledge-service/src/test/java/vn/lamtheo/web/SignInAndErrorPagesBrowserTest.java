package vn.lamtheo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page, the home page and the friendly error pages, in both languages and at 360 px. */
class SignInAndErrorPagesBrowserTest extends BrowserTestBase {

    @Override
    boolean needsBackends() {
        return false;
    }

    @Test
    void aYearThatIsNotANumberGetsAVietnamesePageThatSaysSo() {
        browser.signIn("supervisor");
        for (String page : java.util.List.of("/pledges/new", "/models", "/review", "/reports/supervision")) {
            browser.open(page + "?year=abc&lang=vi");
            assertThat(browser.text("h1")).as(page).isEqualTo("Địa chỉ trang không hợp lệ");
            assertThat(browser.exists(".signout button")).as(page + ": still signed in, navigation kept").isTrue();
        }
        browser.screenshot("04-error-400-vi");
        browser.screenshot("04-error-400-360", BrowserSession.PHONE);
        browser.signOut();
    }

    @Test
    void signInPageHomeAndErrorPagesInBothLanguages() {
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("Đăng nhập");
        browser.screenshot("01-login");
        browser.screenshot("01-login-360", BrowserSession.PHONE);

        browser.type("#username", "member1");
        browser.type("#password", "wrong");
        browser.click("form button[type=submit]");
        assertThat(browser.text("#login-error")).contains("không đúng");

        browser.signIn("member1");
        assertThat(browser.text("h1")).isEqualTo("Xin chào, Trần Thị Lan");
        browser.screenshot("02-home-member1");

        // Keyboard: the first Tab reaches the skip link, Enter on it puts the focus on the page's content.
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("skip-link");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        browser.open("/pledges/pl-does-not-exist");
        assertThat(browser.text("h1")).isEqualTo("Không tìm thấy trang");
        assertThat(browser.exists(".signout button")).as("the signed-in header stays on an error page").isTrue();
        browser.screenshot("03-error-404-vi");
        browser.open("/pledges/pl-does-not-exist?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.screenshot("03-error-404-en");
        browser.open("/definitely/not/a/page?lang=vi");
        assertThat(browser.text("h1")).isEqualTo("Không tìm thấy trang");

        browser.open("/");
        browser.click(".signout button");
        assertThat(browser.text("h1")).isEqualTo("Đăng nhập");
        assertThat(browser.text(".notice-ok")).isEqualTo("Bạn đã đăng xuất.");
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login"); // signed out: back to the sign-in page
    }
}
