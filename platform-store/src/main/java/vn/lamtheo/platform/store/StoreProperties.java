package vn.lamtheo.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lamtheo keeps its data.
 *
 * @param uri          a MongoDB connection string; empty means "start the embedded server"
 * @param database     the database name when the URI names none
 * @param dataDir      the embedded server's folder
 * @param embeddedPort the embedded server's port on 127.0.0.1 (0 picks a free one)
 * @param embeddedCacheMb the embedded server's page cache in MB (absent: {@link EmbeddedMongo#defaultCacheMegabytes()})
 * @param encryptionKey   encrypts the embedded server's data file; empty (the default): not encrypted
 */
@ConfigurationProperties("lamtheo.store")
public record StoreProperties(String uri, String database, String dataDir, Integer embeddedPort, Integer embeddedCacheMb,
                              StoreKey encryptionKey) {

    public StoreProperties {
        uri = uri == null ? "" : uri.trim();
        database = database == null || database.isBlank() ? "lamtheo" : database;
        dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
        embeddedPort = embeddedPort == null ? 0 : embeddedPort;
        embeddedCacheMb = embeddedCacheMb == null || embeddedCacheMb <= 0 ? EmbeddedMongo.defaultCacheMegabytes() : embeddedCacheMb;
        encryptionKey = encryptionKey == null ? StoreKey.NONE : encryptionKey;
    }

    public boolean embedded() {
        return uri.isEmpty();
    }
}
