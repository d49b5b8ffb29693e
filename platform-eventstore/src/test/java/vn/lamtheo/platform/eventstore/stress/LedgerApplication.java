package vn.lamtheo.platform.eventstore.stress;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Bean;
import vn.lamtheo.platform.eventstore.MongoGlobalSequenceEventStorageEngine.AppendHook;

import java.util.concurrent.ThreadLocalRandom;

/** One "instance" of the stress test: scans vn.lamtheo.platform like the real applications do. */
@SpringBootConfiguration
@EnableAutoConfiguration
// The other test application's aggregate and projection live under vn.lamtheo.platform too: keep them out.
@ComponentScan(basePackages = "vn.lamtheo.platform", excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "vn\\.lamtheo\\.platform\\.eventstore\\.wiring\\..*"))
public class LedgerApplication {

    /** Writers stall at random between taking their indexes and inserting, so readers meet open gaps. */
    @Bean
    AppendHook randomDelayAfterIndexAllocation() {
        return (first, count) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (random.nextInt(4) == 0) {
                try {
                    Thread.sleep(random.nextInt(1, 15));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
