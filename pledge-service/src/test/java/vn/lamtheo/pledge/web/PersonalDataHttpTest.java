package vn.lamtheo.pledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal-data duties over real HTTP (issue #22): the audit of who read whose pledge, and a member's export of
 * everything Lamtheo holds about them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/personal-data-${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataHttpTest {

    @LocalServerPort
    int port;
    Http http;
    String pledgeId;

    @BeforeAll
    void member1HasASubmittedPledge() {
        http = new Http(port);
        Http.Answer draft = http.post("member1", "/api/pledges", PledgeBodies.complete(2026));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        pledgeId = draft.text("/id");
        Http.Answer submitted = http.call("member1", "POST", "/api/pledges/" + pledgeId + "/submit", null,
                Map.of("If-Match", draft.header("ETag")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    @Test
    void aSecretaryReadingAMembersPledgeIsSeenByTheAdminAndByTheMember() {
        Instant before = Instant.now();
        assertThat(http.get("member1", "/api/pledges/" + pledgeId).status()).isEqualTo(200);
        assertThat(http.get("secretary1", "/api/pledges/" + pledgeId).status()).isEqualTo(200);
        assertThat(http.get("secretary1", "/api/pledges/" + pledgeId + "/history").status()).isEqualTo(200);
        assertThat(http.get("secretary1", "/api/pledges/" + pledgeId + "/copy-report").status()).isEqualTo(200);

        Http.Answer admin = http.get("admin", "/api/admin/audit?subjectPersonId=member1");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        List<JsonNode> reads = bySecretaryOf(admin.json());
        assertThat(reads).extracting(e -> e.path("what").asText())
                .contains("PLEDGE", "PLEDGE_HISTORY", "COPY_REPORT");
        JsonNode read = reads.stream().filter(e -> e.path("what").asText().equals("PLEDGE")).findFirst().orElseThrow();
        assertThat(read.path("subjectPersonId").asText()).isEqualTo("member1");
        assertThat(read.path("actorUsername").asText()).isEqualTo("secretary1");
        assertThat(read.path("address").asText()).isEqualTo("127.0.0.1");
        assertThat(Instant.parse(read.path("at").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        List<String> ownReads = new ArrayList<>();
        admin.json().forEach(e -> {
            if (e.path("actorPersonId").asText().equals("member1") && !e.path("what").asText().equals("EXPORT")) {
                ownReads.add(e.toString());
            }
        });
        assertThat(ownReads).as("a member reading their own pledge is not recorded (only exports are)").isEmpty();

        Http.Answer mine = http.get("member1", "/api/me/audit");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(bySecretaryOf(mine.json())).extracting(e -> e.path("objectId").asText()).contains(pledgeId);
        assertThat(http.get("member2", "/api/me/audit").json().findValuesAsText("subjectPersonId"))
                .as("another member sees only reads of their own data").doesNotContain("member1");
    }

    @Test
    void theAuditIsForAdminsAndSupervisorsAndFiltersByActorAndTime() {
        http.get("secretary1", "/api/pledges/" + pledgeId);
        assertThat(http.get("supervisor", "/api/admin/audit?actorPersonId=secretary1").json().findValuesAsText("actorPersonId"))
                .isNotEmpty().containsOnly("secretary1");
        assertThat(http.get("admin", "/api/admin/audit?actorPersonId=secretary1&from=2099-01-01T00:00:00Z").json()).isEmpty();
        assertThat(http.get("admin", "/api/admin/audit?subjectPersonId=member1&to=2000-01-01T00:00:00Z").json()).isEmpty();
        assertThat(http.get("member1", "/api/admin/audit").status()).isEqualTo(403);
        assertThat(http.get("secretary1", "/api/admin/audit").status()).isEqualTo(403);
        Http.Answer badTime = http.get("admin", "/api/admin/audit?from=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().findValuesAsText("field")).containsExactly("from");
    }

    @Test
    void aMembersExportHoldsTheirPledgeWithItsHistoryAndIsItselfAudited() {
        String text = PledgeBodies.sections().asMap().values().iterator().next();
        Http.Answer export = http.get("member1", "/api/me/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.text("/person/personId")).isEqualTo("member1");
        JsonNode pledge = export.json().at("/sections/pledges/0");
        assertThat(pledge.at("/pledge/id").asText()).isEqualTo(pledgeId);
        assertThat(pledge.at("/pledge/sections").toString()).as("the pledge's text").contains(json(text));
        assertThat(pledge.path("history")).isNotEmpty();
        assertThat(pledge.at("/copyReport/pledgeId").asText()).isEqualTo(pledgeId);
        assertThat(export.json().at("/sections/readsOfMyData").findValuesAsText("what")).contains("EXPORT");
        assertThat(http.get("member2", "/api/me/export").json().at("/sections/pledges")).as("only one's own").isEmpty();

        assertThat(http.get("admin", "/api/admin/audit?subjectPersonId=member1&actorPersonId=member1").json()
                .findValuesAsText("what")).as("an export is audited, one's own too").contains("EXPORT");
    }

    @Test
    void theExportIsAlsoAReadablePdf() throws Exception {
        String text = PledgeBodies.sections().asMap().values().iterator().next();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri("/api/me/export.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("member1:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String shown = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(shown).contains("member1").contains(text.replaceAll("\\s+", " ").substring(0, Math.min(40, text.length())));
        }
    }

    private static String json(String text) {
        try {
            String quoted = Http.JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> bySecretaryOf(JsonNode entries) {
        List<JsonNode> found = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("actorPersonId").asText().equals("secretary1")) {
                found.add(e);
            }
        });
        return found;
    }
}
