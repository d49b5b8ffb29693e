package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pledge's own answers (view, history) show other pledges no more than the copy report does (issue #23, item 7):
 * a reviewer in another commune sees the other pledge's id, unit and year but not its member; the member who copied
 * sees neither the other pledge's id nor its member, even after a flag names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/other-pledges-${random.uuid}")
class OtherPledgeVisibilityHttpTest {

    @LocalServerPort
    int port;

    @Test
    void viewsAndHistoryShowOtherPledgesAsTheCopyReportDoes() {
        Http http = new Http(port);
        String original = submitted(http, "member1").text("/id");
        Http.Answer copy = submitted(http, "member3");
        String copyId = copy.text("/id");
        await().atMost(Duration.ofMinutes(3)).until(() ->
                http.get("secretary2", "/api/pledges/" + copyId).json().at("/copyCheck/sources").size() > 0);
        await().atMost(Duration.ofMinutes(3)).until(() ->
                http.get("secretary1", "/api/pledges/" + original).json().path("copiedBy").size() > 0);

        // secretary2 (another commune) reviews member3's copy: member1's pledge by id, unit and year, not by member
        JsonNode source = http.get("secretary2", "/api/pledges/" + copyId).json().at("/copyCheck/sources/0");
        assertThat(source.path("pledgeId").asText()).isEqualTo(original);
        assertThat(source.has("memberId")).as(source.toString()).isFalse();
        // secretary1 reviews member1's pledge: copied by member3's, whose member is not theirs to see
        JsonNode copiedBy = http.get("secretary1", "/api/pledges/" + original).json().at("/copiedBy/0");
        assertThat(copiedBy.path("pledgeId").asText()).isEqualTo(copyId);
        assertThat(copiedBy.has("memberId")).as(copiedBy.toString()).isFalse();
        // the district's supervisor may read both: everything
        assertThat(http.get("supervisor", "/api/pledges/" + copyId).text("/copyCheck/sources/0/memberId")).isEqualTo("member1");

        // flagged as copied from member1's pledge: member3 reads their pledge and its history without member1's id
        Http.Answer read = http.get("secretary2", "/api/pledges/" + copyId);
        Http.Answer flagged = http.post("secretary2", "/api/pledges/" + copyId + "/flag-copied",
                Map.of("sourcePledgeIds", List.of(original), "note", "Trùng bản của chi bộ khác"),
                Map.of("If-Match", read.header("ETag")));
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(http.get("member3", "/api/pledges/" + copyId).raw().body()).doesNotContain(original, "member1");
        assertThat(http.get("member3", "/api/pledges/" + copyId + "/history").raw().body()).doesNotContain(original)
                .contains("another pledge");
        assertThat(http.get("secretary2", "/api/pledges/" + copyId).json().at("/review/sourcePledgeIds/0").asText())
                .isEqualTo(original);
        // member1 learns that their pledge was copied, not by whom
        assertThat(http.get("member1", "/api/pledges/" + original + "/history").raw().body()).doesNotContain(copyId);
        assertThat(http.get("member1", "/api/pledges/" + original).raw().body()).doesNotContain(copyId, "member3");
    }

    private static Http.Answer submitted(Http http, String user) {
        Http.Answer draft = http.post(user, "/api/pledges", CopyCheckHttpTest.body(2026));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Http.Answer submitted = http.post(user, "/api/pledges/" + draft.text("/id") + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted;
    }
}
