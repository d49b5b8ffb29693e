package vn.lamtheo.pledge.application;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lamtheo.kernel.events.EveryEvent;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.platform.store.TestMongo;
import vn.lamtheo.pledge.review.ReviewQueueProjection;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The readers that claim every pledge event (the pledge's screen, its history, the review queue) have a branch for
 * each event {@link PledgeEvent} permits: an event added to the {@code permits} list without one fails here.
 */
class PledgeEventHandlingTest {

    static TestMongo mongo;

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    static List<PledgeEvent> everyPledgeEvent() {
        return EveryEvent.of(PledgeEvent.class);
    }

    @ParameterizedTest
    @MethodSource("everyPledgeEvent")
    void theScreenFoldsIt(PledgeEvent event) {
        assertThatCode(() -> new PledgeFold().apply(event, 0)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("everyPledgeEvent")
    void theHistorySummarisesIt(PledgeEvent event) {
        assertThatCode(() -> PledgeHistory.summary(event, id -> id)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("everyPledgeEvent")
    void theReviewQueueTakesIt(PledgeEvent event) {
        ReviewQueueProjection queue = new ReviewQueueProjection(mongo.database());
        assertThatCode(() -> queue.on(event, 0L)).doesNotThrowAnyException();
    }
}
