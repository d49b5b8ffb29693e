package vn.lamtheo.supervision.report.supervision;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

/**
 * {@code GET /api/reports/supervision?year=&unitId=} as JSON, {@code .xlsx} and {@code .pdf}. Without {@code unitId}
 * the reader's own unit, without {@code year} the current one. The generated sentences are Vietnamese unless
 * {@code lang=en} is asked for.
 */
@RestController
@RequestMapping("/api/reports")
public class SupervisionReportController {

    private final CurrentActor currentActor;
    private final SupervisionReports reports;
    private final SupervisionFiles files;

    public SupervisionReportController(CurrentActor currentActor, SupervisionReports reports, SupervisionFiles files) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.files = files;
    }

    @GetMapping(value = "/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
    public SupervisionReport supervision(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String unitId,
                                         @RequestParam(required = false) String lang) {
        return reports.report(currentActor.get(), year, unitId, SupervisionFiles.locale(lang));
    }

    @GetMapping("/supervision.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String unitId,
                                       @RequestParam(required = false) String lang) {
        return files.xlsx(currentActor.get(), year, unitId, lang);
    }

    @GetMapping("/supervision.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String unitId,
                                      @RequestParam(required = false) String lang) {
        return files.pdf(currentActor.get(), year, unitId, lang);
    }
}
