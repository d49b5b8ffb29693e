package vn.lamtheo.platform.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries the parked sequences of every processing group at a fixed interval, oldest first, each in its order; a
 * sequence that fails again stays parked. A failure that was transient (the store away for a moment) heals by itself;
 * a defect heals once the fixed version runs. With several instances, each letter is claimed by one of them.
 */
public class DeadLetterRetrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetrier.class);
    /** Bounds one round, so that a queue that keeps failing does not keep the retry thread busy. */
    private static final int MAX_SEQUENCES_PER_ROUND = 1_000;

    private final Supplier<EventProcessingConfiguration> processing;
    private final PeriodicTask retries;

    public DeadLetterRetrier(Supplier<EventProcessingConfiguration> processing, Duration interval) {
        this.processing = processing;
        this.retries = new PeriodicTask("dead-letter-retry", interval, this::retryAll);
    }

    /** One round over all groups; answers the number of sequences that were processed successfully. */
    public int retryAll() {
        int healed = 0;
        EventProcessingConfiguration configuration = processing.get();
        for (String group : configuration.eventProcessors().keySet()) {
            var processor = configuration.sequencedDeadLetterProcessor(group);
            if (processor.isEmpty()) {
                continue;
            }
            for (int round = 0; round < MAX_SEQUENCES_PER_ROUND && processor.get().processAny(); round++) {
                healed++;
            }
        }
        if (healed > 0) {
            log.info("{} parked event sequence(s) processed after a retry", healed);
        }
        return healed;
    }

    @Override
    public void start() {
        retries.start();
    }

    @Override
    public void stop() {
        retries.stop();
    }

    @Override
    public boolean isRunning() {
        return retries.isRunning();
    }
}
