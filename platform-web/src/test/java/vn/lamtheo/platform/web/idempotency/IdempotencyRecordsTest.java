package vn.lamtheo.platform.web.idempotency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.MutableClock;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reservation of an idempotency key on the embedded store: one owner, then its answer; a dead owner's key taken over. */
class IdempotencyRecordsTest {

    @TempDir
    Path dir;
    EmbeddedMongo server;
    MongoClient client;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    IdempotencyRecords records;

    @BeforeEach
    void store() {
        server = EmbeddedMongo.start(dir, 0);
        client = MongoClients.create(server.connectionString());
        records = new IdempotencyRecords(client.getDatabase("test"), clock, Duration.ofMinutes(2));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void one_request_owns_a_key_the_same_request_waits_and_another_request_is_a_mismatch() {
        assertThat(records.claim("member1|k", "fp-1")).isInstanceOf(IdempotencyRecords.Claim.Owned.class);
        assertThat(records.claim("member1|k", "fp-1")).isInstanceOf(IdempotencyRecords.Claim.Busy.class);
        assertThat(records.claim("member1|k", "fp-2")).isInstanceOf(IdempotencyRecords.Claim.Mismatch.class);
        assertThat(records.claim("member2|k", "fp-1")).isInstanceOf(IdempotencyRecords.Claim.Owned.class);
    }

    @Test
    void a_completed_key_answers_with_the_first_answer() {
        var owned = (IdempotencyRecords.Claim.Owned) records.claim("member1|k", "fp-1");
        records.complete("member1|k", owned.token(), new RecordedAnswer(201, Map.of("ETag", "\"0\""), "{\"id\":\"x\"}".getBytes()));

        var done = (IdempotencyRecords.Claim.Done) records.claim("member1|k", "fp-1");
        assertThat(done.answer().status()).isEqualTo(201);
        assertThat(done.answer().headers()).containsEntry("ETag", "\"0\"");
        assertThat(new String(done.answer().body())).isEqualTo("{\"id\":\"x\"}");
    }

    @Test
    void a_released_key_is_free_again() {
        var owned = (IdempotencyRecords.Claim.Owned) records.claim("member1|k", "fp-1");
        records.release("member1|k", owned.token());

        assertThat(records.claim("member1|k", "fp-1")).isInstanceOf(IdempotencyRecords.Claim.Owned.class);
    }

    @Test
    void a_key_still_in_progress_after_the_lease_is_taken_over_and_its_dead_owner_can_no_longer_complete_it() {
        var dead = (IdempotencyRecords.Claim.Owned) records.claim("member1|k", "fp-1");
        clock.advance(Duration.ofMinutes(3));

        var taker = (IdempotencyRecords.Claim.Owned) records.claim("member1|k", "fp-1");
        records.complete("member1|k", dead.token(), new RecordedAnswer(200, Map.of(), "dead".getBytes()));
        assertThat(records.claim("member1|k", "fp-1")).isInstanceOf(IdempotencyRecords.Claim.Busy.class);
        records.complete("member1|k", taker.token(), new RecordedAnswer(200, Map.of(), "taker".getBytes()));

        var done = (IdempotencyRecords.Claim.Done) records.claim("member1|k", "fp-1");
        assertThat(new String(done.answer().body())).isEqualTo("taker");
    }
}
