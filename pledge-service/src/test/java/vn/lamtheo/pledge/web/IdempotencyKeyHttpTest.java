package vn.lamtheo.pledge.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.application.PledgeKeys;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Idempotency-Key rules every command shares, over real HTTP: the key's form (one cap, a 400 naming it, on every
 * endpoint), a different request with a used key (422), keys scoped per account, rejections not kept, and the page
 * form posted several times at once (a double click) creating one pledge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/idempotency-key-${random.uuid}")
class IdempotencyKeyHttpTest {

    static final String KEY = "Idempotency-Key";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void a_key_over_200_characters_is_refused_with_400_naming_the_header_on_every_endpoint() {
        String tooLong = "k".repeat(201);
        List<Http.Answer> answers = List.of(
                http.post("member1", "/api/pledges", PledgeBodies.complete(2090), Map.of(KEY, tooLong)),
                http.put("member1", "/api/pledges/pl-0000000000", PledgeBodies.complete(2090), Map.of(KEY, tooLong)),
                http.post("curator", "/api/models/any/adoptions", Map.of("unitId", "cau-ngang", "year", 2026, "result", "x"),
                        Map.of(KEY, "k".repeat(5000))));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(400);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().at("/errors/0/field").asText()).isEqualTo(KEY);
        });
        Http.Answer atTheCap = http.post("member1", "/api/pledges", PledgeBodies.complete(2090), Map.of(KEY, "k".repeat(200)));
        assertThat(atTheCap.status()).as(atTheCap.toString()).isEqualTo(201);
    }

    @Test
    void a_used_key_with_a_different_request_is_refused_with_422_and_changes_nothing() {
        Http.Answer first = http.post("member2", "/api/pledges", PledgeBodies.complete(2091), Map.of(KEY, "k-2091"));
        Http.Answer other = http.post("member2", "/api/pledges", PledgeBodies.complete(2092), Map.of(KEY, "k-2091"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("member2", "/api/pledges/" + PledgeKeys.draftId("member2", 2092, TemplateKind.PARTY_MEMBER)).status())
                .isEqualTo(404);
    }

    @Test
    void keys_belong_to_an_account_so_one_user_never_gets_anothers_answer() {
        Http.Answer mine = http.post("member1", "/api/pledges", PledgeBodies.complete(2093), Map.of(KEY, "same-key"));
        Http.Answer theirs = http.post("member2", "/api/pledges", PledgeBodies.complete(2093), Map.of(KEY, "same-key"));

        assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(mine.text("/memberId")).isEqualTo("member1");
        assertThat(theirs.text("/memberId")).isEqualTo("member2");
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_rejected_request_is_not_kept_so_the_same_key_works_once_the_cause_is_fixed() {
        Http.Answer draft = http.post("member3", "/api/pledges", PledgeBodies.without(2094, "trachNhiemNeuGuong"));
        String id = draft.text("/id");

        Http.Answer refused = http.post("member3", "/api/pledges/" + id + "/submit", null, Map.of(KEY, "submit-once"));
        http.put("member3", "/api/pledges/" + id, PledgeBodies.complete(2094), Map.of());
        Http.Answer submitted = http.post("member3", "/api/pledges/" + id + "/submit", null, Map.of(KEY, "submit-once"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.text("/status")).isEqualTo("SUBMITTED");
    }

    @Test
    void the_new_pledge_form_posted_several_times_at_once_creates_one_pledge_and_every_post_goes_to_it() throws Exception {
        for (int round = 0; round < 3; round++) {
            int year = 2001 + round; // years of their own, inside the accepted range (2000 to next year)
            PageSession page = PageSession.signIn(port, "secretary2");
            String form = page.get("/pledges/new?year=" + year);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", hidden(form, "_csrf"));
            fields.put("idempotencyKey", hidden(form, "idempotencyKey"));
            fields.put("year", String.valueOf(year));
            fields.put("templateKind", "PARTY_MEMBER");
            fields.put("fullName", "Nguyễn Văn Hai");
            TestPledges.sections().asMap().forEach((key, text) -> fields.put("sections[" + key + "]", text));
            fields.put("action", "save");

            List<HttpResponse<String>> posts = PledgeConcurrencyHttpTest.together(8, i -> page.post("/pledges", fields));

            String pledge = "/pledges/" + PledgeKeys.draftId("secretary2", year, TemplateKind.PARTY_MEMBER);
            assertThat(posts).as("round %d", round).allSatisfy(p -> {
                assertThat(p.statusCode()).as(p.body()).isEqualTo(302);
                assertThat(p.headers().firstValue("Location").orElse("")).endsWith(pledge);
            });
            assertThat(http.get("secretary2", "/api" + pledge).status()).isEqualTo(200);
        }
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\""
                + Pattern.quote(name) + "\"").matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A browser's session with the pages: signed in through the login form, CSRF token and cookie kept. */
    record PageSession(HttpClient client, String base) {

        static PageSession signIn(int port, String user) {
            PageSession session = new PageSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build(), "http://127.0.0.1:" + port);
            String login = session.get("/login");
            HttpResponse<String> signedIn = session.post("/login",
                    Map.of("username", user, "password", "demo", "_csrf", hidden(login, "_csrf")));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return session;
        }

        String get(String path) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            return page.body();
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
