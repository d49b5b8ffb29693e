package vn.lamtheo.web;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.model.web.page.ModelPagesBackend;
import vn.lamtheo.pledge.web.page.PledgePagesBackend;
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

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void startBrowser() {
        // The pages must be wired to the real backends: a missing one is a failure, not a skip.
        if (needsBackends()) {
            org.assertj.core.api.Assertions.assertThat(context.getBeanNamesForType(PledgePagesBackend.class)).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(context.getBeanNamesForType(ModelPagesBackend.class)).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(context.getBeanNamesForType(CurrentActor.class)).isNotEmpty();
        }
        browser = BrowserSession.start(port);
    }

    boolean needsBackends() {
        return true;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
