package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same file imported in two orders, each into a fresh application (its own store): the same copy reports, pledge
 * by pledge, byte for byte; no original is told it copied from its copy; a same-year pair without times is
 * UNDETERMINED on both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/import-order-http-${random.uuid}")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportOrderHttpTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final String COMMITTEE = "cau-ngang/nhi-truong";
    static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The reports of the first order, compared with the second's. */
    static final Map<String, String> FIRST = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    static String line(String id, String member, int year, PledgeContent content, String submittedAt) throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("year", year);
        line.put("memberId", member);
        line.put("branchId", BRANCH);
        line.put("committeeId", COMMITTEE);
        line.put("templateKind", "PARTY_MEMBER");
        line.put("header", TestPledges.header());
        line.put("sections", content.sections().asMap());
        line.put("followsModelIds", List.of());
        if (submittedAt != null) {
            line.put("submittedAt", submittedAt);
        }
        return Http.JSON.writeValueAsString(line);
    }

    static List<String> file() throws Exception {
        PledgeContent a = CopyDirectionPropertyTest.A;
        PledgeContent b = CopyDirectionPropertyTest.B;
        PledgeContent c = CopyDirectionPropertyTest.C;
        return List.of(
                line("io-a-orig", "io-m1", 2026, a, "2026-01-10T08:00:00+07:00"),
                line("io-a-copy", "io-m2", 2026, a, "2026-01-15"),
                line("io-b-orig", "io-m3", 2026, b, "2026-01-11T09:30:00Z"),
                line("io-b-untimed", "io-m4", 2026, b, null),
                line("io-merged", "io-m5", 2026, CopyDirectionPropertyTest.merged(a, b), "2026-01-20T08:00:00"),
                line("io-c-last-year", "io-m6", 2025, c, null),
                line("io-c-copy", "io-m7", 2026, c, null));
    }

    Map<String, String> importAndReport(List<String> lines) {
        Http http = new Http(port);
        Http.Answer imported = http.call("admin", "POST", "/api/admin/import/pledges", String.join("\n", lines) + "\n",
                Map.of("Content-Type", "application/x-ndjson"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).as(imported.toString()).isEqualTo(lines.size());
        Map<String, String> reports = new LinkedHashMap<>();
        for (String l : lines.stream().sorted().toList()) {
            String id = l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf('"', l.indexOf("\"id\":\"") + 6));
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                    () -> "DONE".equals(http.get("admin", "/api/pledges/" + id + "/copy-report").text("/status")));
        }
        // every check has run (the last one to run is DONE): read the final reports
        for (String l : lines.stream().sorted().toList()) {
            String id = l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf('"', l.indexOf("\"id\":\"") + 6));
            reports.put(id, http.get("admin", "/api/pledges/" + id + "/copy-report").raw().body());
        }
        return reports;
    }

    @Test
    @Order(1)
    void in_file_order() throws Exception {
        FIRST.putAll(importAndReport(file()));
        JsonNode original = Http.JSON.readTree(FIRST.get("io-a-orig"));
        assertThat(original.path("suspected").asBoolean()).as(original.toString()).isFalse();
        assertThat(original.path("sources").findValuesAsText("direction")).doesNotContain("COPIED_FROM");
        assertThat(CopyDirectionHttpTest.source(Http.JSON.readTree(FIRST.get("io-a-copy")), "io-a-orig")
                .path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(CopyDirectionHttpTest.source(Http.JSON.readTree(FIRST.get("io-b-untimed")), "io-b-orig")
                .path("direction").asText()).isEqualTo("UNDETERMINED");
        assertThat(CopyDirectionHttpTest.source(Http.JSON.readTree(FIRST.get("io-b-orig")), "io-b-untimed")
                .path("direction").asText()).isEqualTo("UNDETERMINED");
        assertThat(CopyDirectionHttpTest.source(Http.JSON.readTree(FIRST.get("io-c-copy")), "io-c-last-year")
                .path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(Http.JSON.readTree(FIRST.get("io-c-last-year")).path("suspected").asBoolean()).isFalse();

        // undetermined: the secretary of each pledge sees the match in the queue, as a suspicion to look at
        Http http = new Http(port);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            JsonNode queue = http.get("admin", "/api/review-queue?branchId=" + BRANCH + "&year=2026").json();
            return "SUSPECTED_COPY".equals(CopyDirectionHttpTest.row(queue, "io-b-orig").path("displayStatus").asText())
                    && "SUSPECTED_COPY".equals(CopyDirectionHttpTest.row(queue, "io-b-untimed").path("displayStatus").asText())
                    && CopyDirectionHttpTest.row(queue, "io-a-orig").path("copyCheck").path("sources").size() == 2;
        });
        JsonNode queue = http.get("secretary1", "/api/review-queue?branchId=" + BRANCH + "&year=2026").json();
        assertThat(CopyDirectionHttpTest.source(CopyDirectionHttpTest.row(queue, "io-b-orig").path("copyCheck"), "io-b-untimed")
                .path("direction").asText()).isEqualTo("UNDETERMINED");
        assertThat(CopyDirectionHttpTest.row(queue, "io-a-orig").path("displayStatus").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(2)
    void in_reverse_order_the_same_reports() throws Exception {
        assertThat(FIRST).as("the first order ran").isNotEmpty();
        List<String> reversed = new ArrayList<>(file());
        Collections.reverse(reversed);
        assertThat(importAndReport(reversed)).isEqualTo(FIRST);
    }
}
