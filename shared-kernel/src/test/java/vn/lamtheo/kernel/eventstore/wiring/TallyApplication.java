package vn.lamtheo.kernel.eventstore.wiring;

import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.lamtheo.kernel.eventstore.SnapshotTriggers;

/** A minimal application laid out like pledge-service and model-registry: it scans vn.lamtheo.kernel. */
@SpringBootApplication(scanBasePackages = {"vn.lamtheo.kernel", "vn.lamtheo.kernel.eventstore.wiring"})
public class TallyApplication {

    @Bean
    SnapshotTriggerDefinition tallySnapshotTrigger(SnapshotTriggers triggers) {
        return triggers.forAggregate("tally");
    }
}
