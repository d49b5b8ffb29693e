package vn.lamtheo.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium for a test class, driven through chromedriver. The tests are skipped (not failed) with a
 * clear message where Chromium or chromedriver is not installed (CI installs them, see {@code .ci/run}).
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("lamtheo.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("lamtheo.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 740);
    /** The sizes issue 18 asks for: a common laptop and a common phone. */
    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE_390 = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private BrowserSession(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** Starts the browser, or skips the calling test class when none is installed. */
    static BrowserSession start(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (Debian: apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("lamtheo-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                    "--lang=vi-VN", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)); // a loaded CI machine can be slow
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            Files.createDirectories(SCREENSHOTS);
            return new BrowserSession(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the next page to load (every action of these pages is a full page load). */
    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        // Clicked from script: chromedriver's own click blocks on the navigation it starts and gives up after 30 s,
        // which a loaded CI machine can exceed; the waits below are ours and longer.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.stalenessOf(element));
        waitForPage();
    }

    /** Reloads the page until the element's text contains {@code expected} (projections follow commands closely, not instantly). */
    String textEventually(String css, String expected) {
        long deadline = System.currentTimeMillis() + 15_000;
        String text = text(css);
        while (!text.contains(expected) && System.currentTimeMillis() < deadline) {
            driver.navigate().refresh();
            waitForPage();
            text = text(css);
        }
        return text;
    }

    /** Clicks something that changes the page in place (a disclosure), without waiting for a new page. */
    void toggle(String css) {
        find(css).click();
    }

    void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("#username", username);
        type("#password", "demo");
        click("form button[type=submit]");
    }

    void signOut() {
        if (exists(".signout button")) {
            click(".signout button");
        }
        driver.manage().deleteAllCookies();
    }

    /**
     * A screenshot of the whole page (the window is stretched to the page's height for it). Every key step of a flow
     * is also checked: each control has a label (issue 7: labels on every control), and at phone width nothing
     * scrolls sideways (issue 7: works at 360 px; wide tables scroll inside their own wrapper).
     */
    Path screenshot(String name) {
        return screenshot(name, DESKTOP);
    }

    Path screenshot(String name, Dimension size) {
        try {
            driver.manage().window().setSize(size);
            java.util.List<String> unlabelled = unlabelledControls();
            java.util.List<String> overflowing = size.width <= PHONE_390.width ? overflowingElements() : java.util.List.of();
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()");
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(Math.max(height, size.height), 6000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(DESKTOP);
            org.assertj.core.api.Assertions.assertThat(unlabelled).as("controls without a label on " + name).isEmpty();
            org.assertj.core.api.Assertions.assertThat(overflowing).as("elements wider than " + size.width + " px on " + name).isEmpty();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visible form controls a screen reader cannot name (no label, aria-label, aria-labelledby or title). */
    @SuppressWarnings("unchecked")
    java.util.List<String> unlabelledControls() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input, select, textarea, button')).filter(function (e) {"
                        + "  if (e.type === 'hidden') { return false; }"
                        + "  if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.title) { return false; }"
                        + "  if (e.tagName === 'BUTTON' || e.type === 'submit' || e.type === 'button') {"
                        + "    return !(e.textContent.trim() || e.value); }"
                        + "  if (e.closest('label')) { return false; }"
                        + "  return !(e.id && document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]'));"
                        + "}).map(function (e) { return e.outerHTML.substring(0, 160); });");
    }

    /** The page scrolls sideways: the elements that stick out of the viewport on the right (outermost first). */
    @SuppressWarnings("unchecked")
    java.util.List<String> overflowingElements() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "var width = document.documentElement.clientWidth;"
                        + "if (document.documentElement.scrollWidth <= width) { return []; }"
                        + "function clipped(e) {"
                        + "  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                        + "    if (getComputedStyle(p).overflowX !== 'visible') { return true; } }"
                        + "  return false; }"
                        + "return Array.from(document.body.querySelectorAll('*')).filter(function (e) {"
                        + "  var r = e.getBoundingClientRect(); return r.right > width + 1 && r.width > 0 && !clipped(e);"
                        + "}).slice(0, 8).map(function (e) {"
                        + "  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                        + "    + ' right=' + Math.round(e.getBoundingClientRect().right); });");
    }

    /** Table cells that stick out of the viewport: on a phone a column off screen is as good as missing. */
    @SuppressWarnings("unchecked")
    java.util.List<String> cellsOffScreen(String tableCss) {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "var width = document.documentElement.clientWidth;"
                        + "return Array.from(document.querySelectorAll(arguments[0] + ' th, ' + arguments[0] + ' td'))"
                        + ".filter(function (c) { var r = c.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); })"
                        + ".slice(0, 8).map(function (c) { return c.textContent.trim().substring(0, 40) + ' right=' + Math.round(c.getBoundingClientRect().right); });",
                tableCss);
    }

    /** Shows the page at a size, without a screenshot (for checks of the layout itself). */
    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
