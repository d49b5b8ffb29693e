package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/** A reader (bạn đọc): name, hamlet and phone, nothing more (personal data kept to the minimum). */
public record ReaderRegistered(String cabinetId, String unitId, String actorId, Instant at,
                               String readerId, String name, String hamlet, String phone) implements CabinetEvent {
}
