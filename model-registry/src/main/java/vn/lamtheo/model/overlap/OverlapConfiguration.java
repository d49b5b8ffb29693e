package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.eventstore.DeadLetterConfiguration;
import vn.lamtheo.platform.eventstore.SequentialProcessing;

/** Plugs the shared similarity engine (shared-kernel, the one the pledge copy check uses) into the model context. */
@Configuration(proxyBeanMethods = false)
public class OverlapConfiguration {

    @Bean
    OverlapEngine overlapEngine(MongoDatabase database) {
        return new KernelSimilarityOverlapEngine(database, KernelSimilarityOverlapEngine.overlapConfig());
    }

    /**
     * The engine compares each model with the index of every model checked before it, so the checks run one at a
     * time in the events' order: two models submitted together then find each other (the later one finds the
     * earlier), and a failed check is retried in place instead of being parked and retried after later ones.
     */
    @Bean
    ConfigurerModule modelOverlapProcessor() {
        return SequentialProcessing.of(OverlapCheckHandler.PROCESSING_GROUP);
    }

    @Bean
    DeadLetterConfiguration.WithoutDeadLetters overlapCheckRetriesInPlace() {
        return new DeadLetterConfiguration.WithoutDeadLetters(OverlapCheckHandler.PROCESSING_GROUP);
    }
}
