package vn.lamtheo.platform.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPolicy;

/**
 * A processing group whose handler must see every event of the group one at a time, in the store's order: a text
 * check that compares each new text with the index of every earlier one (the pledge copy check, the model overlap
 * check). Spread over segments, two texts arriving together are checked side by side, each before the other is
 * indexed, and neither finds the other; a parked (dead-lettered) check retried later runs against an index that has
 * moved on. So: one segment on a new store, every event sequenced together (a store that already has several
 * segments for the group then sends every event to one of them, in order), one event per unit of work (a check with
 * its command can outlast Axon's unit-of-work timeout on a loaded machine and a batch would be retried for ever),
 * and a failure stops the processor, which backs off and retries the same event instead of skipping it. Pair it
 * with a {@link DeadLetterConfiguration.WithoutDeadLetters} bean for the group.
 */
public final class SequentialProcessing {

    private SequentialProcessing() {
    }

    public static ConfigurerModule of(String processingGroup) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(processingGroup,
                        (config, builder) -> builder.initialSegmentCount(1).batchSize(1))
                .registerSequencingPolicy(processingGroup, config -> new SequentialPolicy())
                .registerListenerInvocationErrorHandler(processingGroup, config -> PropagatingErrorHandler.instance()));
    }
}
