package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.util.List;

/**
 * A committee officer of the unit approved a closed stock-take: its missing copies still expected on the shelves
 * ({@code lost}, each also told as a {@link CopyDeclaredLost}) are lost from now on. Until then they keep their state.
 */
public record StockTakeApproved(String cabinetId, String unitId, String actorId, Instant at, String stockTakeId,
                                List<String> lost) implements CabinetEvent {
    public StockTakeApproved {
        lost = List.copyOf(lost);
    }
}
