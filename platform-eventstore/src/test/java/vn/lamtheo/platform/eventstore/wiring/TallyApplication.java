package vn.lamtheo.platform.eventstore.wiring;

import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Bean;
import vn.lamtheo.platform.eventstore.SnapshotTriggers;

/** A minimal application laid out like pledge-service and model-registry: it scans vn.lamtheo.platform. */
@SpringBootConfiguration
@EnableAutoConfiguration
// The other test application's aggregate and projection live under vn.lamtheo.platform too: keep them out.
@ComponentScan(basePackages = "vn.lamtheo.platform", excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "vn\\.lamtheo\\.platform\\.eventstore\\.stress\\..*"))
public class TallyApplication {

    @Bean
    SnapshotTriggerDefinition tallySnapshotTrigger(SnapshotTriggers triggers) {
        return triggers.forAggregate("tally");
    }
}
