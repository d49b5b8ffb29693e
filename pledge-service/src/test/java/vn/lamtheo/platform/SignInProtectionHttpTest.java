package vn.lamtheo.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in that resists guessing (issue #22): throttling per username and client address with the same answer for
 * an unknown username, an admin's unlock, the session cookie's flags and the security headers, over real HTTP.
 * Its own application context: the locks it makes must not reach other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/sign-in-${random.uuid}")
class SignInProtectionHttpTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.on(port);
    }

    @Test
    void twentyWrongPasswordsLockTheAccountBeforeTheRightOneAndAnUnknownUserIsAnsweredTheSame() {
        List<Integer> member = wrongPasswords("member1", 20);
        HttpResponse<String> right = api.get("/api/me", "member1:demo");
        List<Integer> nobody = wrongPasswords("no-such-user", 20);
        HttpResponse<String> nobodyAgain = api.get("/api/me", "no-such-user:demo");

        assertThat(member).as("the first failures are 401, then the lock answers 429").startsWith(401).endsWith(429);
        PlatformHttpTest.assertProblem(right, 429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(ApiClient.json(right).path("detail").asText()).contains("thử lại sau");

        assertThat(nobody).as("an unknown username gets the same answers, attempt by attempt").isEqualTo(member);
        assertThat(nobodyAgain.statusCode()).isEqualTo(429);
        assertThat(nobodyAgain.headers().firstValue("Retry-After")).isPresent();
        assertThat(withoutDigits(nobodyAgain.body())).isEqualTo(withoutDigits(right.body()));

        assertThat(api.send(api.request("/api/admin/sign-in-locks/accounts/member1", "admin").DELETE().build()).statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/me", "member1:demo").statusCode()).as("unlocked by the admin").isEqualTo(200);
        assertThat(api.get("/api/me", "no-such-user:demo").statusCode()).as("the other lock stays").isEqualTo(429);
    }

    @Test
    void onlyAnAdminUnlocks() {
        assertThat(api.send(api.request("/api/admin/sign-in-locks/accounts/member2", "member1").DELETE().build()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLoginPageSaysInVietnameseThatSigningInIsLocked() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = signIn(browser, "member2", "wrong-" + i);
        }
        assertThat(last.statusCode()).isEqualTo(302);
        String location = last.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?locked=");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : api.baseUrl() + location)).header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("id=\"login-locked\"").contains("tạm thời bị khoá");
        assertThat(signIn(browser, "member2", "demo").headers().firstValue("Location").orElseThrow())
                .as("the right password while locked").contains("/login?locked=");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindTls() throws Exception {
        HttpClient plain = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String signedIn = sessionCookie(signIn(plain, "committee1", "demo"));
        assertThat(signedIn).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        // Behind a TLS proxy the session starts on the login page (its CSRF token) with a Secure cookie; the client
        // here speaks plain HTTP to the test server, so it would not send that cookie back: the page's answer is enough.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String secure = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(secure).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(api.get("/login", null), api.get("/api/me", "member1"),
                api.get("/api/me", null), api.get("/", null), api.get("/css/lamtheo.css", null))) {
            String what = response.request().uri() + " " + response.statusCode();
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(what).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
        }
    }

    private List<Integer> wrongPasswords(String username, int times) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(api.get("/api/me", username + ":wrong-" + i).statusCode());
        }
        return statuses;
    }

    /** The login form as a browser sends it: the page first (session and CSRF token), then the post. */
    private HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login")).GET();
        Matcher csrf = CSRF.matcher(browser.send(page.build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        return browser.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error", "locked");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.headers().map()));
    }

    private static String withoutDigits(String body) {
        return body.replaceAll("\\d", "");
    }
}
