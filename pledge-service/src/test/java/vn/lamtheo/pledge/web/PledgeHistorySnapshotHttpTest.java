package vn.lamtheo.pledge.web;

import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.pledge.command.Pledge;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pledge's history and page start at its first event even when the aggregate has a snapshot (turning snapshots on
 * must not cut histories short: they were read from the latest snapshot).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-snapshot-${random.uuid}")
class PledgeHistorySnapshotHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    EventStore eventStore;

    @Test
    void aSnapshotDoesNotCutTheHistoryShort() {
        Http http = new Http(port);
        Http.Answer draft = http.post("member2", "/api/pledges", PledgeBodies.complete(2026));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        assertThat(http.post("member2", "/api/pledges/" + id + "/submit", null).status()).isEqualTo(200);

        // no command may follow the snapshot (Jackson cannot restore the Pledge aggregate from it): let the check finish
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                "DONE".equals(http.get("member2", "/api/pledges/" + id + "/copy-report").text("/status")));
        snapshotter.scheduleSnapshot(Pledge.class, id);
        assertThat(eventStore.readEvents(id).peek().getPayload())
                .as("the aggregate's stream now starts at a snapshot").isNotInstanceOf(PledgeEvent.class);

        Http.Answer pledge = http.get("member2", "/api/pledges/" + id);
        assertThat(pledge.status()).as(pledge.toString()).isEqualTo(200);
        assertThat(pledge.text("/status")).isEqualTo("SUBMITTED");
        Http.Answer history = http.get("member2", "/api/pledges/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> types = StreamSupport.stream(history.json().spliterator(), false)
                .map(e -> e.path("type").asText()).toList();
        assertThat(types).as(history.toString()).startsWith("PledgeDrafted", "PledgeSubmitted");
    }
}
