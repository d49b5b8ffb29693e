package vn.lamtheo.model.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.ModelFields;
import vn.lamtheo.model.registry.RegistryProjection;

import java.time.Clock;

/** The model context's wiring: the configured fields, the access rules and the clock its decisions use. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ModelProperties.class)
public class ModelRegistryConfiguration {

    @Bean
    ModelFields modelFields(ModelProperties settings) {
        return new ModelFields(settings.fields());
    }

    @Bean
    ModelAccess modelAccess(AccessPolicy policy) {
        return new ModelAccess(policy);
    }

    /**
     * The model projections run in one sequence: the adopter counts are recomputed from documents that events of
     * two kinds of aggregate (models and pledges) change, which must not interleave.
     */
    @Bean
    ConfigurerModule modelProjectionsInOneSequence() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSequencingPolicy(RegistryProjection.GROUP, c -> new SequentialPolicy()));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
