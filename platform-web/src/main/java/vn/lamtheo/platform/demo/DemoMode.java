package vn.lamtheo.platform.demo;

import org.springframework.stereotype.Component;
import vn.lamtheo.platform.config.LamtheoProperties;
import vn.lamtheo.platform.store.StoreProperties;

/**
 * Whether this process runs as a demo: seeded with the Cầu Ngang tree and the demo accounts (password "demo").
 * {@code lamtheo.demo=true|false} decides; unset, it is on with the embedded store and off with a real MongoDB,
 * so that a production deployment never gets accounts with a public password by accident.
 */
@Component
public class DemoMode {

    public static final String PROPERTY = "lamtheo.demo";

    private final boolean enabled;

    public DemoMode(LamtheoProperties settings, StoreProperties store) {
        this.enabled = settings.demo() != null ? settings.demo() : store.embedded();
    }

    public boolean enabled() {
        return enabled;
    }
}
