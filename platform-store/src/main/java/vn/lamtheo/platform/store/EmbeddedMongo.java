package vn.lamtheo.platform.store;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lamtheo.platform.store.h2.BsonH2Backend;
import vn.lamtheo.platform.store.h2.StoreFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.ZipOutputStream;

/**
 * The in-process MongoDB-wire server on an H2 MVStore file: the zero-configuration store for one machine.
 *
 * <p>The MVStore is opened by us, not by the backend, so that we can commit and fsync it on demand:
 * its own background commit runs about once a second, which would lose acknowledged commands on a crash.
 * {@link #awaitDurable()} is a group commit: callers that arrive while a sync is running are covered by
 * the next one, so concurrent commands share the cost of an fsync.
 *
 * <p>Documents and index keys are stored as BSON by {@link BsonH2Backend} (the plain backend Java-serializes them,
 * which made every lookup and page read pay for serialization); {@link StoreFormat} converts an older data file.
 */
public final class EmbeddedMongo implements DurabilityBarrier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MVStore store;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ReentrantLock syncLock = new ReentrantLock();
    private final AtomicLong requested = new AtomicLong();
    private volatile long synced;

    private EmbeddedMongo(MVStore store, MongoServer server, InetSocketAddress address) {
        this.store = store;
        this.server = server;
        this.address = address;
    }

    /** Starts with the default page cache ({@link #defaultCacheMegabytes()}). */
    public static EmbeddedMongo start(Path dataDir, int port) {
        return start(dataDir, port, defaultCacheMegabytes());
    }

    /**
     * An eighth of the heap, at least H2's own default of 16 MB. Every read the cache misses is a page read from the
     * file and decompressed: with the default alone, a copy check at 100,000 pledges (a 2 GB file) read nearly every
     * page it touched from disk, and the garbage of those reads made the collector pause checks.
     */
    public static int defaultCacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024));
    }

    /** @param cacheMegabytes the MVStore page cache (decoded pages kept in memory) */
    public static EmbeddedMongo start(Path dataDir, int port, int cacheMegabytes) {
        return start(dataDir, port, cacheMegabytes, StoreKey.NONE);
    }

    /**
     * @param key encrypts the data file (H2's file encryption: AES-XTS, the key stretched with PBKDF2); a file
     *            written with a key opens only with the same key, one written without only without
     */
    public static EmbeddedMongo start(Path dataDir, int port, int cacheMegabytes, StoreKey key) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(StoreBackup.DATA_FILE);
        MVStore store = StoreFormat.open(file, () -> key.applyTo(new MVStore.Builder().compress().cacheSize(cacheMegabytes)));
        MongoServer server = new MongoServer(new BsonH2Backend(store));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-wire server on {} with data in {} ({} MB page cache{})", address, file.toAbsolutePath(),
                cacheMegabytes, key.isSet() ? ", encrypted" : "");
        return new EmbeddedMongo(store, server, address);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void awaitDurable() {
        long ticket = requested.incrementAndGet();
        syncLock.lock();
        try {
            if (synced >= ticket) {
                return; // a sync that started after our write already covered it
            }
            long covered = requested.get();
            store.commit();
            store.sync();
            synced = covered;
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * False once the MVStore is closed: by {@link #close()}, or by the store itself after a failure it cannot
     * recover from (it then refuses every read and write while the wire server still answers pings).
     */
    public boolean isOpen() {
        return !store.isClosed();
    }

    /**
     * Writes an online, consistent copy of the data file to {@code out} as a zip ({@link StoreBackup}): every write
     * acknowledged before the call is in it, and writes go on meanwhile. H2 does not reuse freed space in the file
     * while it copies, so the chunks of the version being copied are not overwritten under it.
     */
    public void backup(OutputStream out) throws IOException {
        awaitDurable();
        ZipOutputStream zip = new ZipOutputStream(out);
        store.getFileStore().backup(zip);
        zip.finish();
    }

    /** The MVStore itself, for tests in this package that must put it in a state only a failure would. */
    MVStore mvStore() {
        return store;
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (!store.isClosed()) {
            store.close();
        }
    }
}
