package vn.lamtheo.platform.eventstore.stress;

import com.mongodb.client.MongoClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lamtheo.platform.eventstore.EventStoreProperties;

import java.time.Duration;
import java.util.List;

/** One application context of the stress test, as if it were one instance of the service. */
record LedgerInstance(String name, ConfigurableApplicationContext context, LedgerView view) {

    /**
     * Long enough that a claim never lapses on a loaded machine (a lapsed claim moves a segment and makes Axon
     * redeliver, which would hide whether the store itself delivers exactly once).
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(20);
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(5);

    static LedgerInstance start(String name, String mongoUri, int segments) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                // No servlet context: the web and security beans live in platform-web now, and this module has no server.
                .web(WebApplicationType.NONE)
                .run("--lamtheo.store.uri=" + mongoUri,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.application.name=ledger-" + name,
                        "--lamtheo.eventstore.segments=" + segments,
                        "--lamtheo.eventstore.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms",
                        "--lamtheo.eventstore.token-claim-interval=500ms",
                        "--lamtheo.eventstore.gap-timeout=" + GAP_TIMEOUT.toMillis() + "ms",
                        // Two instances on one embedded server exist only here; in production several instances
                        // share a real MongoDB, whose findAndModify is atomic.
                        "--lamtheo.eventstore.serialize-index-allocation=true");
        return new LedgerInstance(name, context, context.getBean(LedgerView.class));
    }

    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    PooledStreamingEventProcessor processor() {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(LedgerView.PROCESSOR, PooledStreamingEventProcessor.class).orElseThrow();
    }

    String nodeId() {
        return context.getBean(EventStoreProperties.class).nodeId();
    }

    int claimedSegments() {
        return processor().processingStatus().size();
    }

    List<GapAwareTrackingToken> tokens() {
        return processor().processingStatus().values().stream()
                .map(status -> WrappedToken.unwrapLowerBound(status.getTrackingToken()))
                .map(GapAwareTrackingToken.class::cast)
                .toList();
    }

    /** A crash, not a shutdown: the store connection dies first, so claims are neither extended nor released. */
    void kill() {
        context.getBean(MongoClient.class).close();
        context.close();
    }

    void stop() {
        if (context.isActive()) {
            context.close();
        }
    }
}
