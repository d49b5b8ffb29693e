package vn.lamtheo.platform.web.idempotency;

import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void a_key_is_1_to_200_printable_ascii_characters() {
        assertThat(IdempotencyKey.parse("550e8400-e29b-41d4-a716-446655440000", "Idempotency-Key")).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(200), "Idempotency-Key")).contains("k".repeat(200));
    }

    @Test
    void no_key_or_a_blank_one_means_no_idempotency() {
        assertThat(IdempotencyKey.parse(null, "Idempotency-Key")).isEmpty();
        assertThat(IdempotencyKey.parse("  ", "Idempotency-Key")).isEmpty();
    }

    @Test
    void a_longer_key_or_one_with_other_characters_is_refused_naming_the_field() {
        for (String bad : new String[]{"k".repeat(201), "khóa", "tab\there"}) {
            assertThatThrownBy(() -> IdempotencyKey.parse(bad, "idempotencyKey"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(400);
                        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("idempotencyKey"));
                    });
        }
    }
}
