package vn.lamtheo.similarity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The evaluation and benchmark print figures; the driver's and the embedded server's INFO lines only hide them. */
public final class QuietLogs {

    private QuietLogs() {
    }

    public static void apply() {
        for (String name : new String[] {"org.mongodb", "de.bwaldvogel", "vn.lamtheo.platform.store"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
