package vn.lamtheo.pledge.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.time.Clock;

/** The pledge context's plain-Java collaborators, injected into the aggregate's command handlers by Axon. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PledgeProperties.class)
public class PledgeConfiguration {

    @Bean
    TemplateCheck pledgeTemplateCheck() {
        return TemplateCheck.withDefaults();
    }

    /** Time for decisions; a test replaces it. Shared with any context that needs a clock. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
