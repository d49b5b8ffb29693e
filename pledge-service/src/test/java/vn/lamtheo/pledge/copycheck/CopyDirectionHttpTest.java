package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live flow of issue #17 over real HTTP: member1 submits; member2 submits member1's text (flagged); member1 is
 * asked to revise for another reason and resubmits. Afterwards member1's pledge is the original (COPIED_BY, not
 * suspected) and member2's the copy (COPIED_FROM, suspected), with the same score on both sides, in the reports and
 * in the review queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/copy-direction-http-${random.uuid}")
class CopyDirectionHttpTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    String submitted(String user, Map<String, Object> body) {
        Http.Answer draft = http.post(user, "/api/pledges", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Http.Answer submitted = http.post(user, "/api/pledges/" + draft.text("/id") + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return draft.text("/id");
    }

    JsonNode doneReport(String user, String id) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                () -> "DONE".equals(http.get(user, "/api/pledges/" + id + "/copy-report").text("/status")));
        return http.get(user, "/api/pledges/" + id + "/copy-report").json();
    }

    static JsonNode source(JsonNode report, String otherId) {
        for (JsonNode s : report.path("sources")) {
            if (otherId.equals(s.path("pledgeId").asText())) {
                return s;
            }
        }
        throw new AssertionError("no source " + otherId + " in " + report);
    }

    @Test
    void the_original_revised_and_resubmitted_after_its_copy_stays_the_original() {
        String a = submitted("member1", CopyCheckHttpTest.body(2026));
        doneReport("secretary1", a);
        String b = submitted("member2", CopyCheckHttpTest.body(2026));
        assertThat(doneReport("secretary1", b).path("suspected").asBoolean()).isTrue();

        Http.Answer returned = http.post("secretary1", "/api/pledges/" + a + "/request-revision",
                Map.of("reason", "Bổ sung thời hạn hoàn thành cho từng việc"));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        Http.Answer resubmitted = http.post("member1", "/api/pledges/" + a + "/submit", null);
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);

        JsonNode original = doneReport("secretary1", a);
        JsonNode copy = doneReport("secretary1", b);
        assertThat(original.path("suspected").asBoolean()).as(original.toString()).isFalse();
        assertThat(source(original, b).path("direction").asText()).isEqualTo("COPIED_BY");
        assertThat(copy.path("suspected").asBoolean()).as(copy.toString()).isTrue();
        assertThat(source(copy, a).path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(source(original, b).path("score").asDouble()).isEqualTo(source(copy, a).path("score").asDouble());
        // the revision keeps the first submission's date
        assertThat(http.get("member1", "/api/pledges/" + a).text("/submittedAt"))
                .isNotEqualTo(http.get("member2", "/api/pledges/" + b).text("/submittedAt"));

        // the review queue: the copy is suspected, the original is not; both rows show the pair, mirrored
        // (a projection: it follows the reports shortly)
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            JsonNode q = http.get("secretary1", "/api/review-queue?branchId=" + BRANCH + "&year=2026").json();
            return row(q, a).path("copyCheck").path("sources").size() == 1 && row(q, b).path("copyCheck").has("score");
        });
        JsonNode queue = http.get("secretary1", "/api/review-queue?branchId=" + BRANCH + "&year=2026").json();
        JsonNode rowA = row(queue, a);
        JsonNode rowB = row(queue, b);
        assertThat(rowA.path("displayStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(rowB.path("displayStatus").asText()).isEqualTo("SUSPECTED_COPY");
        assertThat(source(rowA.path("copyCheck"), b).path("direction").asText()).isEqualTo("COPIED_BY");
        assertThat(source(rowB.path("copyCheck"), a).path("direction").asText()).isEqualTo("COPIED_FROM");

        // approved, the original's owner sees no copy suspicion on their pledge
        Http.Answer approved = http.post("secretary1", "/api/pledges/" + a + "/approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(http.get("member1", "/api/pledges/" + a).json().path("copyCheck").path("suspected").asBoolean()).isFalse();
    }

    static JsonNode row(JsonNode queue, String pledgeId) {
        for (JsonNode r : queue.path("rows")) {
            if (pledgeId.equals(r.path("pledgeId").asText())) {
                return r;
            }
        }
        throw new AssertionError("no row " + pledgeId + " in " + queue);
    }
}
