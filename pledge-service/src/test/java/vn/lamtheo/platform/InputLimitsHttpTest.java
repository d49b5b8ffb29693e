package vn.lamtheo.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lamtheo.LamtheoApplication;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23 over real HTTP: item 1's reproducer (ten models with a title of a million characters broke the store
 * for good) and a start-up after it; item 9's lenient inputs. Each refusal is a 4xx problem naming the field.
 */
class InputLimitsHttpTest {

    static final String HUGE_TITLE = "Mô hình " + "a".repeat(1_000_000);

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext app;
    static ApiClient api;

    @BeforeAll
    static void start() {
        app = startOn(dataDir);
        api = ApiClient.on(port(app));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void ten_models_with_a_million_character_title_are_refused_and_the_store_survives_a_restart() {
        String body = model(HUGE_TITLE, "");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = api.postJson("/api/models", "secretary1", body);
            assertProblemNaming(answer, 422, "title");
        }
        HttpResponse<String> ordinary = api.postJson("/api/models", "secretary1", model("Mô hình vườn rau dinh dưỡng", ""));
        assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(201);
        String id = ApiClient.json(ordinary).path("id").asText();
        assertThat(api.get("/api/registry", "secretary1").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/actuator/health", null)).path("status").asText()).isEqualTo("UP");

        app.close();
        app = startOn(dataDir); // the start that failed with "BSON object too large"
        api = ApiClient.on(port(app));

        assertThat(ApiClient.json(api.get("/actuator/health", null)).path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/api/models/" + id, "secretary1").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/registry", "secretary1").statusCode()).isEqualTo(200);
    }

    @Test
    void text_limits_apply_to_every_field_of_every_body_including_nested_ones() {
        String longContent = "x".repeat(10_001);
        assertProblemNaming(api.postJson("/api/models", "secretary1",
                "{\"title\": \"Mô hình\", \"description\": {\"content\": \"" + longContent + "\"}}"), 422, "description.content");
        assertProblemNaming(api.postJson("/api/pledges", "member1",
                "{\"year\": 2026, \"sections\": {\"tuTuongChinhTri\": \"" + longContent + "\"}}"), 422, "sections.tuTuongChinhTri");
        assertProblemNaming(api.postJson("/api/admin/import/directory", "admin",
                "{\"units\": [{\"id\": \"" + "u".repeat(201) + "\", \"type\": \"BRANCH\", \"name\": \"Chi bộ\"}]}"), 422, "units[0].id");
    }

    @Test
    void nul_other_control_characters_and_lone_surrogates_are_refused_in_text() {
        assertProblemNaming(api.postJson("/api/models", "secretary1", "{\"title\": \"Mô hình\\u0000\"}"), 422, "title");
        assertProblemNaming(api.postJson("/api/models", "secretary1", "{\"title\": \"Mô hình\\u001b\"}"), 422, "title");
        assertProblemNaming(api.postJson("/api/models", "secretary1", "{\"title\": \"Mô hình \\ud800\"}"), 422, "title");
        HttpResponse<String> tabsAndLines = api.postJson("/api/models", "secretary1",
                model("Mô hình", ", \"description\": {\"content\": \"Dòng 1\\r\\n\\tDòng 2 😀\"}"));
        assertThat(tabsAndLines.statusCode()).as(tabsAndLines.body()).isEqualTo(201);
    }

    @Test
    void invalid_utf8_trailing_garbage_and_fractional_years_are_400() {
        byte[] invalidUtf8 = "{\"title\": \"Mô hình \u0001\"}".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 3] = (byte) 0xC3; // a lead byte followed by '"': not UTF-8
        HttpResponse<String> invalid = api.send(api.request("/api/models", "secretary1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)).build());
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);

        assertThat(api.postJson("/api/models", "secretary1", "{\"title\": \"Mô hình\"} rác").statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/models", "secretary1", "{\"title\": \"Mô hình\"}{}").statusCode()).isEqualTo(400);
        assertProblemNaming(api.postJson("/api/pledges", "member2", "{\"year\": 2030.5}"), 400, "year");
    }

    @Test
    void a_malformed_if_match_is_400_naming_the_header() {
        HttpResponse<String> drafted = api.postJson("/api/models", "secretary1", model("Mô hình If-Match", ""));
        String id = ApiClient.json(drafted).path("id").asText();
        for (String ifMatch : new String[] {"\"0", "0", "\"0\", \"1\"", "\"99999999999999999999\""}) {
            HttpResponse<String> answer = api.send(api.request("/api/models/" + id + "/submit", "secretary1")
                    .header("If-Match", ifMatch).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertProblemNaming(answer, 400, "If-Match");
        }
        HttpResponse<String> pledge = api.send(api.request("/api/pledges/no-such-pledge/submit", "member1")
                .header("If-Match", "\"0").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(pledge.body()).contains("If-Match");
        assertProblemNaming(pledge, 400, "If-Match");
    }

    @Test
    void years_outside_the_configured_range_are_400_naming_the_parameter() {
        for (String year : new String[] {"-1", "99999", "2147483648", "1999", "2026.5"}) {
            assertProblemNaming(api.get("/api/registry?year=" + year, "secretary1"), 400, "year");
            assertProblemNaming(api.get("/api/review-queue?year=" + year, "secretary1"), 400, "year");
        }
        assertThat(api.get("/api/registry?year=2026", "secretary1").statusCode()).isEqualTo(200);
    }

    /** A model body that passes the draft's own checks, with {@code more} JSON members appended. */
    private static String model(String title, String more) {
        return "{\"title\": \"" + title + "\", \"field\": \"KINH_TE\", \"kind\": \"COLLECTIVE\", \"startYear\": 2025" + more + "}";
    }

    private static void assertProblemNaming(HttpResponse<String> answer, int status, String field) {
        assertThat(answer.statusCode()).as(answer.body().length() > 500 ? answer.body().substring(0, 500) : answer.body())
                .isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(answer);
        assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
    }

    private static ConfigurableApplicationContext startOn(Path dir) {
        return new SpringApplicationBuilder(LamtheoApplication.class).run("--server.port=0",
                "--lamtheo.store.data-dir=" + dir.resolve("store"), "--lamtheo.store.uri=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
