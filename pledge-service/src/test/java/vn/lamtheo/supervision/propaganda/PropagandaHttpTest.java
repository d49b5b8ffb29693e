package vn.lamtheo.supervision.propaganda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Propaganda over real HTTP on the demo directory: a commune's committee officer records where a registered model was
 * posted, the others in reach read it, and the campaign report counts the registered models never propagated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/propaganda-http-${random.uuid}")
class PropagandaHttpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String MODEL = """
            {"title":"Mô hình tuyến đường hoa ấp Là Bang Chóp","field":"VAN_HOA_XA_HOI","kind":"COLLECTIVE","startYear":%d,
             "description":{"reason":"Tuyến đường liên ấp thiếu cây xanh.","goals":"Hai ki-lô-mét đường hoa.",
              "content":"Mỗi hộ trồng và chăm hoa trước nhà.","scope":"Ấp Là Bang Chóp.","forces":"Chi bộ ấp, Chi hội Phụ nữ.",
              "resources":"Người dân góp công.","timeline":"Cả năm.","expectedResults":"86/86 hộ tham gia.",
              "replication":"Các ấp có tuyến đường liên ấp."}}""".formatted(TODAY.getYear());

    @LocalServerPort
    int port;

    @Test
    void a_committee_officer_records_postings_of_a_registered_model_and_the_report_counts_the_unpropagated() throws Exception {
        Http http = new Http(port);
        String report = "/api/supervision/report?year=" + TODAY.getYear();
        JsonNode before = http.get("supervisor", report).json().path("propaganda");

        Http.Answer drafted = http.post("committee1", "/api/models", Http.JSON.readTree(MODEL));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.text("/id");
        String path = "/api/supervision/models/" + id + "/propaganda";
        Map<String, Object> post = Map.of("channel", "FANPAGE", "date", TODAY.toString(),
                "link", "https://www.facebook.com/caungangdongkhoi/posts/1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertProblem(http.post("committee1", path, post), 409)); // known to supervision, not registered yet

        assertThat(http.post("committee1", "/api/models/" + id + "/submit", null).status()).isEqualTo(200);
        Http.Answer registered = http.post("curator", "/api/models/" + id + "/register", null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode now = http.get("supervisor", report).json().path("propaganda");
            assertThat(now.path("registeredModels").asInt()).isEqualTo(before.path("registeredModels").asInt() + 1);
            assertThat(now.path("neverPropagated").asInt()).isEqualTo(before.path("neverPropagated").asInt() + 1);
        });
        assertThat(http.get("supervisor", report).json().path("shortcomings").toString())
                .contains("mô hình đã được công nhận chưa được tuyên truyền");

        assertProblem(http.post("supervisor", path, post), 403);
        assertProblem(http.post("curator", path, post), 403);
        assertProblem(http.post("secretary2", path, post), 404);
        assertProblem(http.get("secretary2", path), 404);
        assertProblem(http.post("committee1", "/api/supervision/models/no-such-model/propaganda", post), 404);
        assertFields(http.post("committee1", path, Map.of("date", TODAY.plusDays(1).toString(), "link", "ftp://x")),
                "channel", "date", "link");
        assertProblem(http.post("committee1", path, Map.of("channel", "TV", "date", TODAY.toString())), 400);

        Http.Answer recorded = http.post("committee1", path, post);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        Http.Answer radio = http.post("committee1", path, Map.of("channel", "RADIO", "date", TODAY.toString()));
        assertThat(radio.status()).as(radio.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.get("curator", path).json().findValuesAsText("channel")).containsExactlyInAnyOrder("FANPAGE", "RADIO"));
        assertThat(http.get("committee1", path).json().findValuesAsText("link")).contains("https://www.facebook.com/caungangdongkhoi/posts/1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode now = http.get("supervisor", report).json().path("propaganda");
            assertThat(now.path("registeredModels").asInt()).isEqualTo(before.path("registeredModels").asInt() + 1);
            assertThat(now.path("neverPropagated").asInt()).as("two postings make one propagated model")
                    .isEqualTo(before.path("neverPropagated").asInt());
        });
    }

    static void assertFields(Http.Answer answer, String... fields) {
        assertProblem(answer, 422);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly(fields);
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asText()).isNotBlank();
    }
}
