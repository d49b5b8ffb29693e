package vn.lamtheo.platform.store.h2;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Opens the embedded server's MVStore file in the format {@link BsonH2Backend} reads, converting a file written
 * by the plain H2 backend (Java-serialized documents and keys) on first open. The converted file replaces the
 * old one, which is kept beside it as {@code <name>.java-serialized.bak}: nothing is deleted.
 */
public final class StoreFormat {

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);
    private static final String FORMAT_MAP = "lamtheo.storeFormat";
    private static final String VERSION = "version";
    private static final int BSON_VERSION = 2;
    private static final int COMMIT_EVERY = 10_000;

    private StoreFormat() {
    }

    /** @param builder a fresh builder each call, with every option but the file name */
    public static MVStore open(Path file, Supplier<MVStore.Builder> builder) {
        MVStore store = builder.get().fileName(file.toString()).open();
        if (isCurrent(store)) {
            return store;
        }
        if (store.getMapNames().stream().noneMatch(StoredMaps::isDocumentsMap)) {
            markCurrent(store);
            return store;
        }
        store.close();
        convert(file, builder);
        return builder.get().fileName(file.toString()).open();
    }

    private static boolean isCurrent(MVStore store) {
        if (!store.hasMap(FORMAT_MAP)) {
            return false;
        }
        Object version = store.<String, Object>openMap(FORMAT_MAP).get(VERSION);
        if (version instanceof Integer v && v == BSON_VERSION) {
            return true;
        }
        throw new IllegalStateException("The data file " + store.getFileStore().getFileName()
            + " is in store format " + version + ", which this version of Lamtheo cannot read");
    }

    private static void markCurrent(MVStore store) {
        store.<String, Object>openMap(FORMAT_MAP).put(VERSION, BSON_VERSION);
        store.commit();
    }

    private static void convert(Path file, Supplier<MVStore.Builder> builder) {
        Path backup = file.resolveSibling(file.getFileName() + ".java-serialized.bak");
        if (Files.exists(backup)) {
            throw new IllegalStateException("Cannot convert " + file + ": " + backup + " is in the way; move it");
        }
        log.info("Converting the data file {} to the BSON store format; the old file stays as {}", file, backup);
        try {
            Files.move(file, backup);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " aside for conversion", e);
        }
        long entries = 0;
        try (MVStore old = new MVStore.Builder().fileName(backup.toString()).readOnly().open();
             MVStore converted = builder.get().fileName(file.toString()).open()) {
            for (String name : old.getMapNames()) {
                entries += copy(old.openMap(name), converted, name);
            }
            markCurrent(converted);
        } catch (RuntimeException e) {
            restore(file, backup);
            throw e;
        }
        log.info("Converted {} entries of {} into the BSON store format", entries, file);
    }

    private static long copy(MVMap<Object, Object> from, MVStore into, String name) {
        MVMap<Object, Object> to = into.openMap(name, builderFor(name));
        long copied = 0;
        for (Map.Entry<Object, Object> entry : from.entrySet()) {
            to.put(entry.getKey(), entry.getValue());
            if (++copied % COMMIT_EVERY == 0) {
                into.commit();
            }
        }
        into.commit();
        return copied;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder<Object, Object> builderFor(String name) {
        if (StoredMaps.isDocumentsMap(name)) {
            return (MVMap.Builder) StoredMaps.documentsBuilder();
        }
        if (StoredMaps.isIndexMap(name)) {
            return (MVMap.Builder) StoredMaps.indexBuilder();
        }
        return new MVMap.Builder<>();
    }

    private static void restore(Path file, Path backup) {
        try {
            Files.deleteIfExists(file);
            Files.move(backup, file);
        } catch (IOException e) {
            log.error("Conversion failed and {} could not be put back from {}", file, backup, e);
        }
    }
}
