package vn.lamtheo.model.api;

import java.time.Instant;
import java.time.ZoneId;

/** Pledge and model years are Vietnamese calendar years, whatever the server's time zone. */
public final class ModelCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ModelCalendar() {
    }

    public static int yearOf(Instant at) {
        return at.atZone(ZONE).getYear();
    }
}
