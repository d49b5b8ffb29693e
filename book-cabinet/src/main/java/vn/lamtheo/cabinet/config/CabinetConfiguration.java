package vn.lamtheo.cabinet.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.cabinet.access.CabinetAccess;
import vn.lamtheo.cabinet.api.CabinetRules;
import vn.lamtheo.platform.security.AccessPolicy;

import java.time.Clock;

/** The book-cabinet context's wiring: its configured rules, the access rules and the clock its decisions use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CabinetProperties.class)
public class CabinetConfiguration {

    @Bean
    CabinetRules cabinetRules(CabinetProperties properties) {
        var codes = properties.categories();
        return new CabinetRules(properties.loanDays(), codes.isEmpty() ? CabinetRules.DEFAULT_CATEGORIES : codes);
    }

    @Bean
    CabinetAccess cabinetAccess(AccessPolicy policy) {
        return new CabinetAccess(policy);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
