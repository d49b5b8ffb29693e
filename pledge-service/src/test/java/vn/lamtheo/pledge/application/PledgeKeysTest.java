package vn.lamtheo.pledge.application;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.PledgeDrafted;
import vn.lamtheo.platform.store.MutableClock;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.platform.store.TestMongo;
import vn.lamtheo.kernel.events.pledge.TestPledges;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The (member, year, form) reservation on the embedded store: who holds a key, and when an abandoned one is taken over. */
class PledgeKeysTest {

    static final TemplateKind KIND = TemplateKind.PARTY_MEMBER;

    @TempDir
    Path dir;
    TestMongo mongo;
    EmbeddedEventStore events;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    PledgeKeys keys;

    @BeforeEach
    void store() {
        mongo = new TestMongo(dir);
        events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        keys = new PledgeKeys(mongo.database(), new PledgeEvents(events), clock, new PledgeProperties(Duration.ofMinutes(2)));
    }

    @AfterEach
    void close() {
        events.shutDown();
        mongo.close();
    }

    @Test
    void the_first_claim_holds_the_key_and_the_same_id_may_claim_it_again() {
        assertThat(keys.claim("m1", 2026, KIND, "pl-a")).isEqualTo("pl-a");
        assertThat(keys.claim("m1", 2026, KIND, "pl-a")).isEqualTo("pl-a");
        assertThat(keys.claim("m1", 2027, KIND, "pl-b")).isEqualTo("pl-b");
        assertThat(keys.claim("m1", 2026, TemplateKind.YOUTH_UNION, "pl-c")).isEqualTo("pl-c");
    }

    @Test
    void another_id_is_told_the_holder_while_its_pledge_may_still_be_under_way() {
        keys.claim("m1", 2026, KIND, "pl-a");
        clock.advance(Duration.ofSeconds(119));

        assertThat(keys.claim("m1", 2026, KIND, "pl-b")).isEqualTo("pl-a");
        assertThat(keys.find("m1", 2026, KIND)).contains("pl-a");
    }

    @Test
    void a_reservation_whose_pledge_was_never_created_is_taken_over_after_the_lease_by_one_taker() {
        keys.claim("m1", 2026, KIND, "pl-a");
        clock.advance(Duration.ofMinutes(3));

        assertThat(keys.claim("m1", 2026, KIND, "pl-b")).isEqualTo("pl-b");
        assertThat(keys.claim("m1", 2026, KIND, "pl-a")).isEqualTo("pl-b");
        assertThat(keys.find("m1", 2026, KIND)).contains("pl-b");
    }

    @Test
    void a_created_pledge_keeps_its_key_however_old_its_reservation() {
        keys.claim("m1", 2026, KIND, "pl-a");
        events.publish(new GenericDomainEventMessage<>("Pledge", "pl-a", 0, new PledgeDrafted("pl-a", "m1", "b", "c", 2026,
                KIND, 1, TestPledges.content(), "m1", clock.instant())));
        clock.advance(Duration.ofDays(30));

        assertThat(keys.claim("m1", 2026, KIND, "pl-b")).isEqualTo("pl-a");
    }

    @Test
    void a_drafts_id_follows_from_its_key_alone() {
        assertThat(PledgeKeys.draftId("m1", 2026, KIND)).isEqualTo(PledgeKeys.draftId("m1", 2026, KIND))
                .matches("pl-[0-9a-f]{20}")
                .isNotEqualTo(PledgeKeys.draftId("m1", 2027, KIND))
                .isNotEqualTo(PledgeKeys.draftId("m2", 2026, KIND))
                .isNotEqualTo(PledgeKeys.draftId("m1", 2026, TemplateKind.ASSOCIATION));
    }
}
