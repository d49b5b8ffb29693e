package vn.lamtheo.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The whole application on a random port with a fresh embedded store (demo mode: the demo accounts exist),
 * and one headless Chromium per test class. All browser test classes share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    private static final Path DATA_DIR = Path.of("target", "browser-test-data", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) {
        registry.add("lamtheo.store.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeAll
    void startBrowser() {
        browser = BrowserSession.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
