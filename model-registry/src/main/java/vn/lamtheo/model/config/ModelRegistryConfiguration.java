package vn.lamtheo.model.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.ModelFields;
import vn.lamtheo.model.registry.RegistryProjection;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** The model context's wiring: the configured fields, the access rules and the clock its decisions use. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ModelRegistryConfiguration {

    /** {@code lamtheo.models.fields}: the fields (lĩnh vực) in display order, comma separated. */
    @Bean
    ModelFields modelFields(@Value("${lamtheo.models.fields:KINH_TE,VAN_HOA_XA_HOI,QUOC_PHONG_AN_NINH,XAY_DUNG_HE_THONG_CHINH_TRI,NONG_THON_MOI}") String fields) {
        List<String> codes = Arrays.stream(fields.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new ModelFields(codes);
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
