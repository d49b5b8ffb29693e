package vn.lamtheo.platform.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lamtheo's defaults reach every Spring Boot application before its logging starts, so their {@code logging.*}
 * levels apply (a {@code @PropertySource} is read too late for them), and whatever the application is given wins.
 * The probe logger's level comes from this module's test defaults, {@code lamtheo-defaults-probe.properties}.
 */
class LamtheoDefaultsTest {

    static final String PROBE = "lamtheo.defaults.probe";

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void the_defaults_set_log_levels_and_the_rest_before_the_application_starts() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(((Logger) LoggerFactory.getLogger(PROBE)).getLevel()).isEqualTo(Level.ERROR);
            assertThat(context.getEnvironment().getProperty("axon.serializer.general")).isEqualTo("jackson");
        }
    }

    @Test
    void what_the_application_is_given_overrides_the_defaults() {
        try (ConfigurableApplicationContext context = start("--logging.level." + PROBE + "=DEBUG",
                "--axon.serializer.general=xstream")) {
            assertThat(((Logger) LoggerFactory.getLogger(PROBE)).getLevel()).isEqualTo(Level.DEBUG);
            assertThat(context.getEnvironment().getProperty("axon.serializer.general")).isEqualTo("xstream");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run(args);
    }
}
