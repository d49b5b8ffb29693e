package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.util.List;

/** Codes counted in a stock-take, on {@code shelf} when the counter named one (null otherwise). */
public record CopiesCounted(String cabinetId, String unitId, String actorId, Instant at,
                            String stockTakeId, List<String> codes, String shelf) implements CabinetEvent {
    public CopiesCounted {
        codes = List.copyOf(codes);
    }
}
