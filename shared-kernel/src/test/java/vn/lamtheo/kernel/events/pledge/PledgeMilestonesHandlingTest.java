package vn.lamtheo.kernel.events.pledge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lamtheo.kernel.events.EveryEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;

/** {@link PledgeMilestones#reachedBy} has a branch for every event {@link PledgeEvent} permits. */
class PledgeMilestonesHandlingTest {

    static List<PledgeEvent> everyPledgeEvent() {
        return EveryEvent.of(PledgeEvent.class);
    }

    @ParameterizedTest
    @MethodSource("everyPledgeEvent")
    void everyPledgeEventHasABranch(PledgeEvent event) {
        assertThatCode(() -> PledgeMilestones.reachedBy(event)).doesNotThrowAnyException();
    }
}
