package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A copy's report does not say DONE while the pledge it copied is still waiting for its check (issue 17: imported
 * before its source, the copy's report said DONE with no source at all until the source's check ran). The copy-check
 * processor is stopped while the later imports arrive, so what waits is exact, not a matter of timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/copy-report-done-http-${random.uuid}")
class CopyReportDoneHttpTest {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_copy_is_not_done_while_an_earlier_source_waits_for_its_check() throws Exception {
        Http http = new Http(port);
        importLine(http, ImportOrderHttpTest.line("dn-copy", "dn-m1", 2026, CopyDirectionPropertyTest.A, "2026-01-15T08:00:00Z"));
        JsonNode alone = done(http, "dn-copy");
        assertThat(alone.path("sources")).as(alone.toString()).isEmpty();

        PooledStreamingEventProcessor processor = processing
                .eventProcessor(CopyCheckProcessor.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            // A later pledge of the same text waits: it can only have copied this one, so this report stays final.
            importLine(http, ImportOrderHttpTest.line("dn-later", "dn-m2", 2026, CopyDirectionPropertyTest.A, "2026-02-01T08:00:00Z"));
            assertThat(report(http, "dn-copy").path("status").asText()).isEqualTo("DONE");
            // The source, submitted five days before the copy, waits: the copy's report is no longer final.
            importLine(http, ImportOrderHttpTest.line("dn-source", "dn-m3", 2026, CopyDirectionPropertyTest.A, "2026-01-10T08:00:00Z"));
            JsonNode waiting = report(http, "dn-copy");
            assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("PENDING");
        } finally {
            processor.start();
        }

        JsonNode copy = done(http, "dn-copy");
        assertThat(copy.path("suspected").asBoolean()).as(copy.toString()).isTrue();
        assertThat(CopyDirectionHttpTest.source(copy, "dn-source").path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(CopyDirectionHttpTest.source(copy, "dn-later").path("direction").asText()).isEqualTo("COPIED_BY");
    }

    @Test
    void a_pledge_of_an_earlier_year_waiting_holds_the_report_back() throws Exception {
        Http http = new Http(port);
        importLine(http, ImportOrderHttpTest.line("dy-copy", "dy-m1", 2026, CopyDirectionPropertyTest.C, null));
        assertThat(done(http, "dy-copy").path("sources")).isEmpty();
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(CopyCheckProcessor.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            importLine(http, ImportOrderHttpTest.line("dy-last-year", "dy-m2", 2025, CopyDirectionPropertyTest.C, null));
            JsonNode waiting = report(http, "dy-copy");
            assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("PENDING");
        } finally {
            processor.start();
        }
        JsonNode copy = done(http, "dy-copy");
        assertThat(CopyDirectionHttpTest.source(copy, "dy-last-year").path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(done(http, "dy-last-year").path("suspected").asBoolean()).isFalse();
    }

    private static void importLine(Http http, String line) {
        Http.Answer imported = http.call("admin", "POST", "/api/admin/import/pledges", line + "\n",
                Map.of("Content-Type", "application/x-ndjson"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).as(imported.toString()).isEqualTo(1);
    }

    private static JsonNode report(Http http, String id) {
        return http.get("admin", "/api/pledges/" + id + "/copy-report").json();
    }

    private static JsonNode done(Http http, String id) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> "DONE".equals(report(http, id).path("status").asText()));
        return report(http, id);
    }
}
