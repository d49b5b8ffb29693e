package vn.lamtheo.supervision.campaign;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

/** {@code GET /api/supervision/report?year=} as JSON, with {@code .xlsx}, {@code .pdf} and {@code .docx} beside it. */
@RestController
@RequestMapping("/api/supervision")
public class CampaignReportController {

    private final CurrentActor currentActor;
    private final CampaignReports reports;
    private final CampaignFiles files;

    public CampaignReportController(CurrentActor currentActor, CampaignReports reports, CampaignFiles files) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.files = files;
    }

    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    public CampaignReport report(@RequestParam(required = false) Integer year) {
        return reports.report(currentActor.get(), year);
    }

    @GetMapping("/report.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
        return files.download(currentActor.get(), year, "xlsx");
    }

    @GetMapping("/report.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year) {
        return files.download(currentActor.get(), year, "pdf");
    }

    @GetMapping("/report.docx")
    public ResponseEntity<byte[]> docx(@RequestParam(required = false) Integer year) {
        return files.download(currentActor.get(), year, "docx");
    }
}
