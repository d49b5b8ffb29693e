package vn.lamtheo.pledge.copycheck;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

/** The copy report of one pledge, readable by exactly those who may read the pledge (404 otherwise). */
@RestController
public class CopyReportController {

    private final CopyReportQuery reports;
    private final CurrentActor currentActor;

    public CopyReportController(CopyReportQuery reports, CurrentActor currentActor) {
        this.reports = reports;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/pledges/{id}/copy-report")
    public CopyReport copyReport(@PathVariable String id) {
        return reports.load(currentActor.get(), id);
    }
}
