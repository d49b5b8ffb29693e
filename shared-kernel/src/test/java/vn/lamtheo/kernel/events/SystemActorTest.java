package vn.lamtheo.kernel.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SystemActorTest {

    @Test
    void everyJobOfLamtheoIsASystemActorAndAPersonIsNot() {
        assertThat(SystemActor.is(SystemActor.COPY_CHECK)).isTrue();
        assertThat(SystemActor.is(SystemActor.OVERLAP_CHECK)).isTrue();
        assertThat(SystemActor.is(SystemActor.SCREENING)).isTrue();
        assertThat(SystemActor.is("p-curator")).isFalse();
        assertThat(SystemActor.is("systematic")).isFalse();
        assertThat(SystemActor.is(null)).isFalse();
    }

    /** Stored events carry these names: changing one would split an actor's history in two. */
    @Test
    void theNamesStoredEventsCarry() {
        assertThat(SystemActor.COPY_CHECK).isEqualTo("system");
        assertThat(SystemActor.OVERLAP_CHECK).isEqualTo("system:overlap-check");
        assertThat(SystemActor.SCREENING).isEqualTo("system:screening");
    }
}
