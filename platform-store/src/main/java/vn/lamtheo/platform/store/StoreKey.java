package vn.lamtheo.platform.store;

import org.h2.mvstore.MVStore;

/**
 * The key the embedded store's data file is encrypted with ({@code lamtheo.store.encryption-key}, best given as the
 * environment variable {@code LAMTHEO_STORE_ENCRYPTION_KEY}), or none: encryption is off by default. Never printed.
 */
public final class StoreKey {

    public static final StoreKey NONE = new StoreKey(null);

    private final String key;

    private StoreKey(String key) {
        this.key = key;
    }

    /** @param key empty or blank: no encryption */
    public static StoreKey of(String key) {
        return key == null || key.isBlank() ? NONE : new StoreKey(key);
    }

    public boolean isSet() {
        return key != null;
    }

    /** H2 wipes the key array it is given once the file is open: a fresh copy every time. */
    MVStore.Builder applyTo(MVStore.Builder builder) {
        return key == null ? builder : builder.encryptionKey(key.toCharArray());
    }

    @Override
    public String toString() {
        return key == null ? "none" : "(set)";
    }
}
