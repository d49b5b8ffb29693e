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

    private vn.lamtheo.pledge.web.Http http;

    /** Real HTTP to the application, signed in with HTTP Basic as the given demo account. */
    vn.lamtheo.pledge.web.Http http() {
        if (http == null) {
            http = new vn.lamtheo.pledge.web.Http(port);
        }
        return http;
    }

    /** The body of {@code POST /api/pledges} for a party member's pledge. */
    static java.util.Map<String, Object> pledgeBody(int year, String fullName, int birthYear, String position,
                                                    String assignedDuties, java.util.Map<String, String> sections) {
        java.util.Map<String, Object> header = new java.util.LinkedHashMap<>();
        header.put("fullName", fullName);
        header.put("birthYear", birthYear);
        header.put("position", position);
        header.put("assignedDuties", assignedDuties);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("year", year);
        body.put("templateKind", "PARTY_MEMBER");
        body.put("header", header);
        body.put("sections", sections);
        body.put("followsModelIds", java.util.List.of());
        return body;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
