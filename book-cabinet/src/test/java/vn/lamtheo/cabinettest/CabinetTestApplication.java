package vn.lamtheo.cabinettest;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The book-cabinet context alone, as its tests run it over real HTTP: the platform (store, event store, security,
 * directory, demo accounts) and the cabinets, on a clock fixed at 10 March 2026 in Vietnam.
 */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class, scanBasePackages = {"vn.lamtheo.platform", "vn.lamtheo.cabinet", "vn.lamtheo.cabinettest"})
public class CabinetTestApplication {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
