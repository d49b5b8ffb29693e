package vn.lamtheo.platform.store;

import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup of the embedded store ({@link EmbeddedMongo#backup}: a zip holding one copy of the data file)
 * into a data folder while Lamtheo is stopped. The backup is unpacked beside the data file and opened once before
 * anything is replaced, so a damaged backup changes nothing; the data file it replaces is kept beside it as
 * {@code lamtheo.mv.db.before-restore-<time>}. A running Lamtheo holds a lock on its data file: restoring then fails
 * and leaves the folder as it was. A backup of an encrypted store is encrypted too (the file's bytes are copied as
 * they are) and is restored with the same key.
 * <p>
 * {@code scripts/restore.sh} runs {@link #main} from the application's jar.
 */
public final class StoreBackup {

    public static final String DATA_FILE = "lamtheo.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreBackup() {
    }

    /** {@code 20261207-180000}: the UTC time in the names of backups and of data files a restore kept */
    public static String stamp(Instant time) {
        return STAMP.format(time);
    }

    /** {@code StoreBackup <backup.zip> <data folder>} */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: restore.sh <backup.zip> <data folder>");
            System.exit(2);
        }
        Path kept;
        try {
            kept = restore(Path.of(args[0]), Path.of(args[1]), Clock.systemUTC(),
                    StoreKey.of(System.getenv("LAMTHEO_STORE_ENCRYPTION_KEY")));
        } catch (IOException e) {
            System.err.println("Nothing was restored: " + e);
            System.exit(1);
            return;
        }
        System.out.println("Restored " + args[0] + " into " + Path.of(args[1]).resolve(DATA_FILE)
                + (kept == null ? "" : "; the previous data file is kept as " + kept));
    }

    /** @return where the replaced data file was kept, or null when the folder had none */
    public static Path restore(Path backup, Path dataDir, Clock clock, StoreKey key) throws IOException {
        Files.createDirectories(dataDir);
        Path target = dataDir.resolve(DATA_FILE);
        Path unpacked = dataDir.resolve(DATA_FILE + ".restoring");
        unpack(backup, unpacked);
        try {
            openAndClose(unpacked, key, "The backup " + backup + " cannot be opened (damaged, or another key)");
            Path kept = null;
            if (Files.exists(target)) {
                openAndClose(target, key, "The data file " + target
                        + " is in use (stop Lamtheo first), damaged, or encrypted with another key");
                kept = dataDir.resolve(DATA_FILE + ".before-restore-" + stamp(clock.instant()));
                Files.move(target, kept);
            }
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } finally {
            Files.deleteIfExists(unpacked);
        }
    }

    private static void unpack(Path backup, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().endsWith(".mv.db")) {
                throw new IOException(backup + " is not a Lamtheo backup (a zip holding one .mv.db file)");
            }
            Files.copy(zip, into, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Opening takes the file's lock and checks its chunks: it fails on a file in use or one that is not a store. */
    private static void openAndClose(Path file, StoreKey key, String failure) throws IOException {
        try {
            key.applyTo(new MVStore.Builder().fileName(file.toString()).readOnly()).open().close();
        } catch (RuntimeException e) {
            throw new IOException(failure + ": " + e.getMessage(), e);
        }
    }
}
