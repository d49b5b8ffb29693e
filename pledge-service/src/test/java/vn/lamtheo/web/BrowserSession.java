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

    /** A screenshot of the whole page (the window is stretched to the page's height for it). */
    Path screenshot(String name) {
        return screenshot(name, DESKTOP);
    }

    Path screenshot(String name, Dimension size) {
        try {
            driver.manage().window().setSize(size);
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()");
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(Math.max(height, size.height), 6000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(DESKTOP);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
