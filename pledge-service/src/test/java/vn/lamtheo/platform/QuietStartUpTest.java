package vn.lamtheo.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import vn.lamtheo.LamtheoApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A healthy start-up, with every processor running and a first request answered, logs no WARN or ERROR, and no
 * INFO line per connection or per processor segment: what a district IT officer reads in the log is what needs them.
 */
class QuietStartUpTest {

    /** Loggers whose INFO lines come per connection or per segment; Lamtheo's defaults raise them to WARN. */
    static final List<String> CHATTY = List.of("org.mongodb.driver", "de.bwaldvogel", "org.axonframework.eventhandling.pooled");

    @Test
    void a_healthy_start_up_logs_no_warning_and_no_line_per_connection_or_segment() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        // Whatever the tests' logging configuration set for them: the application's own defaults must decide.
        Map<String, Level> testLevels = new HashMap<>();
        CHATTY.forEach(name -> testLevels.put(name, logging.getLogger(name).getLevel()));
        CHATTY.forEach(name -> logging.getLogger(name).setLevel(null));
        ApplicationListener<ApplicationEnvironmentPreparedEvent> capture = new CaptureOnceLoggingIsSetUp(log);
        List<ILoggingEvent> startUp;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LamtheoApplication.class)
                .listeners(capture)
                .run("--server.port=0", "--lamtheo.store.data-dir=target/test-data/quiet-" + UUID.randomUUID())) {
            EventProcessingConfiguration processing = app.getBean(org.axonframework.config.Configuration.class)
                    .eventProcessingConfiguration();
            await().atMost(Duration.ofSeconds(60)).until(() -> processing.eventProcessors().values().stream()
                    .allMatch(p -> p instanceof StreamingEventProcessor s && !s.processingStatus().isEmpty()));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> me = ApiClient.on(port).get("/api/me", "member1");
            assertThat(me.statusCode()).isEqualTo(200);
            startUp = List.copyOf(log.list);
        } finally {
            logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(log);
            testLevels.forEach((name, level) -> logging.getLogger(name).setLevel(level));
        }

        assertThat(startUp).as("log lines at WARN or above")
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        assertThat(startUp).as("INFO lines per connection or per segment")
                .filteredOn(e -> CHATTY.stream().anyMatch(e.getLoggerName()::startsWith))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        assertThat(startUp).as("the start-up is still reported")
                .anyMatch(e -> e.getFormattedMessage().contains("Embedded MongoDB-wire server on"));
    }

    /** Attaches the capture after Spring Boot has (re)configured logging, which drops appenders added before. */
    record CaptureOnceLoggingIsSetUp(ListAppender<ILoggingEvent> log)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
            log.setContext(logging);
            log.start();
            logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
