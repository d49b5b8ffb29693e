package vn.lamtheo.platform.eventstore.stress;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs {@link TwoInstanceEventStoreStressTest} {@code -Dlamtheo.stress.repeat=N} times in a row in this JVM and stops
 * at the first failing round, e.g. {@code ./mvnw -pl shared-kernel verify -Dtest=RepeatedStressTest
 * -Dlamtheo.stress.repeat=20}. One JVM for all rounds: no build start-up per round, and every round after the first
 * runs in a JVM that has already run the test, as the stress test does in the full build. Off by default.
 */
@Tag("stress")
@EnabledIfSystemProperty(named = "lamtheo.stress.repeat", matches = "[1-9][0-9]*")
class RepeatedStressTest {

    private static final Logger log = LoggerFactory.getLogger(RepeatedStressTest.class);

    @Test
    void theStressTestPassesEveryRound() {
        int rounds = Integer.getInteger("lamtheo.stress.repeat");
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest stressTest = request().selectors(selectClass(TwoInstanceEventStoreStressTest.class)).build();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(stressTest, listener);
            TestExecutionSummary summary = listener.getSummary();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            log.info("Stress round {} of {}: {} of {} steps passed in {} s", round, rounds,
                    summary.getTestsSucceededCount(), summary.getTestsFoundCount(), seconds);
            if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != summary.getTestsFoundCount()) {
                StringWriter failures = new StringWriter();
                summary.printFailuresTo(new PrintWriter(failures), 40);
                throw new AssertionError("Stress round " + round + " of " + rounds + " failed after " + (round - 1)
                        + " passing rounds:\n" + failures);
            }
        }
    }
}
