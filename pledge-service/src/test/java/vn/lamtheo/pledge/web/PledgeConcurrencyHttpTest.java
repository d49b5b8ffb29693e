package vn.lamtheo.pledge.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that race, over real HTTP: parallel drafts for one member, year and form make one pledge; parallel
 * requests with one {@code Idempotency-Key} have one effect and all get the first answer. Each round releases its
 * requests together through a barrier; several rounds, since one round may happen not to interleave.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-concurrency-${random.uuid}")
class PledgeConcurrencyHttpTest {

    static final int PARALLEL = 12;
    static final int ROUNDS = 5;

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void parallel_drafts_for_one_member_year_and_form_create_one_pledge_and_the_others_are_told_its_id() {
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2040 + round;
            List<Http.Answer> answers = together(PARALLEL, i -> http.post("member1", "/api/pledges", PledgeBodies.complete(year)));

            List<Http.Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
            assertThat(created).as("round %d: %s", round, answers).hasSize(1);
            String id = created.get(0).text("/id");
            assertThat(answers).filteredOn(a -> a.status() != 201).allSatisfy(a -> {
                assertThat(a.status()).as(a.toString()).isEqualTo(409);
                assertThat(a.header("Content-Type")).startsWith("application/problem+json");
                assertThat(a.raw().body()).contains(id);
            });
            assertThat(http.get("member1", "/api/pledges/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void parallel_drafts_with_one_idempotency_key_all_get_the_one_created_pledge() {
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2050 + round;
            Map<String, String> key = Map.of("Idempotency-Key", "draft-" + year);
            List<Http.Answer> answers = together(PARALLEL, i -> http.post("member2", "/api/pledges", PledgeBodies.complete(year), key));

            assertThat(answers).as("round %d", round).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
            assertThat(answers.stream().map(a -> a.text("/id")).distinct()).hasSize(1);
            assertThat(answers.stream().map(Http.Answer::json).distinct()).hasSize(1);
        }
    }

    @Test
    void parallel_edits_with_one_idempotency_key_write_one_event_and_answer_alike() {
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2060 + round;
            Http.Answer draft = http.post("secretary1", "/api/pledges", PledgeBodies.without(year, "trachNhiemNeuGuong"));
            assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
            String id = draft.text("/id");
            Map<String, String> key = Map.of("Idempotency-Key", "edit-" + id);

            List<Http.Answer> answers = together(PARALLEL, i -> http.put("secretary1", "/api/pledges/" + id, PledgeBodies.complete(year), key));

            assertThat(answers).as("round %d", round).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
            assertThat(answers.stream().map(Http.Answer::json).distinct()).hasSize(1);
            assertThat(answers.stream().map(a -> a.header("ETag")).distinct()).containsExactly("\"1\"");
            assertThat(edits(id)).isEqualTo(1);
        }
    }

    @Test
    void a_repeated_submit_with_the_same_key_gets_the_first_answer_again() {
        Http.Answer draft = http.post("secretary2", "/api/pledges", PledgeBodies.complete(2070));
        String id = draft.text("/id");
        Map<String, String> key = Map.of("Idempotency-Key", "submit-" + id);

        Http.Answer first = http.post("secretary2", "/api/pledges/" + id + "/submit", null, key);
        Http.Answer again = http.post("secretary2", "/api/pledges/" + id + "/submit", null, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void parallel_submits_with_one_key_submit_once_and_answer_alike() {
        for (int round = 0; round < ROUNDS; round++) {
            Http.Answer draft = http.post("member3", "/api/pledges", PledgeBodies.complete(2080 + round));
            String id = draft.text("/id");
            Map<String, String> key = Map.of("Idempotency-Key", "submit-" + id);

            List<Http.Answer> answers = together(PARALLEL, i -> http.post("member3", "/api/pledges/" + id + "/submit", null, key));

            assertThat(answers).as("round %d", round).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
            assertThat(answers.stream().map(Http.Answer::json).distinct()).hasSize(1);
        }
    }

    private int edits(String id) {
        Http.Answer history = http.get("secretary1", "/api/pledges/" + id + "/history");
        int edits = 0;
        for (var entry : history.json()) {
            if ("PledgeEdited".equals(entry.path("type").asText())) {
                edits++;
            }
        }
        return edits;
    }

    /** Runs {@code count} requests at once (a barrier releases them together) and answers in submission order. */
    static <T> List<T> together(int count, IntFunction<T> request) {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
