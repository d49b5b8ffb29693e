package vn.lamtheo.cabinet.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.cabinet.access.CabinetAccess;
import vn.lamtheo.cabinet.api.CabinetRules;
import vn.lamtheo.platform.security.AccessPolicy;

import java.time.Clock;
import java.util.Arrays;

/** The book-cabinet context's wiring: its configured rules, the access rules and the clock its decisions use. */
@Configuration(proxyBeanMethods = false)
public class CabinetConfiguration {

    /**
     * {@code lamtheo.cabinets.loan-days}: the default loan period and the length of a renewal (14 days: the period
     * commune libraries use). {@code lamtheo.cabinets.categories}: category codes, comma separated, political theory first.
     */
    @Bean
    CabinetRules cabinetRules(@Value("${lamtheo.cabinets.loan-days:14}") int loanDays,
                              @Value("${lamtheo.cabinets.categories:}") String categories) {
        var codes = Arrays.stream(categories.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CabinetRules(loanDays, codes.isEmpty() ? CabinetRules.DEFAULT_CATEGORIES : codes);
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
