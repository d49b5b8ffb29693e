package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.util.List;

/**
 * A stock-take closed: copies found where they belong, missing (expected on the shelves, not counted), misplaced
 * (counted on another shelf than theirs) and unknown codes (counted, not in this cabinet).
 */
public record StockTakeClosed(String cabinetId, String unitId, String actorId, Instant at, String stockTakeId,
                              List<String> found, List<String> missing, List<String> misplaced,
                              List<String> unknown) implements CabinetEvent {
    public StockTakeClosed {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        misplaced = List.copyOf(misplaced);
        unknown = List.copyOf(unknown);
    }
}
