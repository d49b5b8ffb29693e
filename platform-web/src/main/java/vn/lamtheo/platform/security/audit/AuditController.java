package vn.lamtheo.platform.security.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

import java.time.Instant;
import java.util.List;

/**
 * Who read whose data: the whole audit for ADMIN and SUPERVISOR (by the path, see SecurityConfiguration), and for
 * every person the reads of their own data.
 */
@RestController
public class AuditController {

    private final ReadAudit audit;
    private final CurrentActor currentActor;

    public AuditController(ReadAudit audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Nhật ký đọc dữ liệu cá nhân / Audit of reads of personal data (ADMIN, SUPERVISOR); "
            + "from/to are ISO-8601 instants, e.g. 2026-12-01T00:00:00Z; newest first")
    public List<AuditEntry> audit(@RequestParam(required = false) String subjectPersonId,
                                  @RequestParam(required = false) String actorPersonId,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to) {
        return audit.find(subjectPersonId, actorPersonId, from, to);
    }

    @GetMapping("/api/me/audit")
    @Operation(summary = "Ai đã xem dữ liệu của tôi / Who read my data (my pledges, their history and copy reports, exports)")
    public List<AuditEntry> mine(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return audit.find(currentActor.get().personId(), null, from, to);
    }
}
