package vn.lamtheo.pledge.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.web.Http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad import lines are rejected one by one, each error naming the field and the reason in words (issue #23, item 10):
 * a {@code null} line, a byte order mark, an id already taken by another member's pledge, a commune the directory does
 * not know, a value of the wrong type.
 */
@SpringBootTest(classes = vn.lamtheo.LamtheoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/import-errors-${random.uuid}")
class ImportLineErrorsHttpTest {

    static final String COMMITTEE = "cau-ngang/nhi-truong";
    static final String BRANCH = COMMITTEE + "/ap-la-bang-chop";

    @LocalServerPort
    int port;

    @Test
    void eachBadLineIsRejectedWithItsFieldAndReason() throws Exception {
        Http http = new Http(port);
        String unknownCommune = "cau-ngang/xa-khong-co";
        String lines = String.join("\n",
                "\uFEFF" + line("pl-imp-bom", "m-imp-1", 2024, COMMITTEE, BRANCH),  // 1: imported despite the BOM
                "null",                                                             // 2
                line("pl-imp-lost", "m-imp-3", 2024, unknownCommune, unknownCommune + "/chi-bo"), // 3
                "{\"id\":\"pl-imp-type\",\"year\":\"năm ngoái\"}",                  // 4
                "[1, 2]",                                                           // 5
                line("pl-imp-wrong-branch", "m-imp-4", 2024, "cau-ngang/truong-tho", BRANCH)) + "\n"; // 6

        JsonNode report = imported(http, lines);
        assertThat(report.path("imported").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).as(report.toString()).isEqualTo(5);
        assertThat(error(report, 2).path("reason").asText()).contains("not a JSON object").doesNotContain("Exception");
        assertThat(error(report, 3).path("field").asText()).isEqualTo("committeeId");
        assertThat(error(report, 3).path("reason").asText()).contains(unknownCommune, "not in the directory");
        assertThat(error(report, 4).path("field").asText()).isEqualTo("year");
        assertThat(error(report, 4).path("reason").asText()).contains("wrong type");
        assertThat(error(report, 5).path("reason").asText()).contains("not a JSON object");
        assertThat(error(report, 6).path("field").asText()).isEqualTo("branchId");

        // the same id again: for another member it is a conflict, for the same pledge it is unchanged
        JsonNode again = imported(http, line("pl-imp-bom", "m-imp-2", 2024, COMMITTEE, BRANCH) + "\n"
                + line("pl-imp-bom", "m-imp-1", 2024, COMMITTEE, BRANCH) + "\n");
        assertThat(again.path("unchanged").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(again.path("rejected").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(error(again, 1).path("field").asText()).isEqualTo("memberId");
        assertThat(error(again, 1).path("reason").asText()).contains("m-imp-1", "m-imp-2");

        assertThat(http.get("admin", "/api/pledges/pl-imp-bom").text("/memberId")).isEqualTo("m-imp-1");
        assertThat(http.get("admin", "/api/directory/units").raw().body()).doesNotContain(unknownCommune);
        assertThat(http.get("admin", "/api/pledges/pl-imp-lost").status()).isEqualTo(404);
    }

    private static JsonNode imported(Http http, String lines) {
        Http.Answer answer = http.call("admin", "POST", "/api/admin/import/pledges", lines,
                Map.of("Content-Type", "application/x-ndjson"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode error(JsonNode report, int line) {
        return StreamSupport.stream(report.path("errors").spliterator(), false)
                .filter(e -> e.path("line").asInt() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no error for line " + line + " in " + report));
    }

    private static String line(String id, String memberId, int year, String committeeId, String branchId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("year", year);
        line.put("memberId", memberId);
        line.put("branchId", branchId);
        line.put("committeeId", committeeId);
        line.put("templateKind", "PARTY_MEMBER");
        line.put("header", TestPledges.header());
        line.put("sections", TestPledges.sections().asMap());
        line.put("followsModelIds", List.of());
        try {
            return Http.JSON.writeValueAsString(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
