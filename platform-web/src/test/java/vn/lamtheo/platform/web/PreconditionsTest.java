package vn.lamtheo.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreconditionsTest {

    @Test
    void matchingOrAbsentIfMatchPasses() {
        Preconditions.requireMatch(null, 3);
        Preconditions.requireMatch("*", 3);
        Preconditions.requireMatch("\"3\"", 3);
        Preconditions.requireMatch("W/\"3\", \"4\"", 4);
    }

    @Test
    void aStaleIfMatchIs412() {
        assertThatThrownBy(() -> Preconditions.requireMatch("\"2\"", 3))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status().value()).isEqualTo(412));
    }

    @Test
    void theExpectedVersionIsReadFromOurETags() {
        assertThat(Preconditions.etag(7)).isEqualTo("\"7\"");
        assertThat(Preconditions.expectedVersion("\"7\"")).hasValue(7);
        assertThat(Preconditions.expectedVersion(null)).isEmpty();
        assertThatThrownBy(() -> Preconditions.expectedVersion("seven")).isInstanceOf(ProblemException.class);
    }
}
