package vn.lamtheo.platform.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One store, two modes: a real MongoDB when a URI is configured, otherwise the embedded server.
 * Every context reaches the store through the {@link MongoDatabase} bean defined here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /** Started only in embedded mode; absent (null) when a MongoDB URI is configured. */
    @Bean(destroyMethod = "close")
    EmbeddedMongoHolder embeddedMongo(StoreProperties properties) {
        if (!properties.embedded()) {
            return new EmbeddedMongoHolder(null);
        }
        return new EmbeddedMongoHolder(EmbeddedMongo.start(Path.of(properties.dataDir()), properties.embeddedPort(),
                properties.embeddedCacheMb(), properties.encryptionKey()));
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties, EmbeddedMongoHolder embedded) {
        String uri = embedded.mongo().map(EmbeddedMongo::connectionString).orElse(properties.uri());
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri));
        if (embedded.mongo().isEmpty()) {
            // An acknowledged command must survive the loss of the primary.
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
            log.info("Using the MongoDB at {}", redact(new ConnectionString(uri)));
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties, EmbeddedMongoHolder embedded) {
        String name = embedded.mongo().isPresent() ? properties.database()
                : Optional.ofNullable(new ConnectionString(properties.uri()).getDatabase()).orElse(properties.database());
        return client.getDatabase(name);
    }

    @Bean
    DurabilityBarrier durabilityBarrier(EmbeddedMongoHolder embedded) {
        return embedded.mongo().<DurabilityBarrier>map(m -> m).orElse(DurabilityBarrier.WRITE_CONCERN);
    }

    @Bean
    HealthIndicator mongoHealthIndicator(ObjectProvider<MongoDatabase> database, EmbeddedMongoHolder embedded) {
        return new StoreHealthIndicator(database::getObject, embedded.mongo());
    }

    private static String redact(ConnectionString uri) {
        return String.join(",", uri.getHosts()) + (uri.getDatabase() == null ? "" : "/" + uri.getDatabase());
    }

    /** Lets the embedded server be an optional bean without null bean definitions. */
    public record EmbeddedMongoHolder(EmbeddedMongo server) implements AutoCloseable {
        public Optional<EmbeddedMongo> mongo() {
            return Optional.ofNullable(server);
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
