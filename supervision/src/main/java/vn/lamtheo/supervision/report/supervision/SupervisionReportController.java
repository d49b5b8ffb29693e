package vn.lamtheo.supervision.report.supervision;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /api/reports/supervision?year=&unitId=} as JSON, {@code .xlsx} and {@code .pdf}. Without {@code unitId}
 * the reader's own unit, without {@code year} the current one. The generated sentences are Vietnamese unless
 * {@code lang=en} is asked for.
 */
@RestController
@RequestMapping("/api/reports")
public class SupervisionReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CurrentActor currentActor;
    private final SupervisionReports reports;
    private final MessageSource messages;

    public SupervisionReportController(CurrentActor currentActor, SupervisionReports reports, MessageSource messages) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping(value = "/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
    public SupervisionReport supervision(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String unitId,
                                         @RequestParam(required = false) String lang) {
        return reports.report(currentActor.get(), year, unitId, locale(lang));
    }

    @GetMapping("/supervision.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String unitId,
                                       @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        SupervisionReport report = reports.report(currentActor.get(), year, unitId, locale);
        return download(new XlsxReport(new ReportLabels(messages, locale)).write(report), XLSX, fileName(report, "xlsx"));
    }

    @GetMapping("/supervision.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String unitId,
                                      @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        SupervisionReport report = reports.report(currentActor.get(), year, unitId, locale);
        return download(new PdfReport(new ReportLabels(messages, locale)).write(report), MediaType.APPLICATION_PDF,
                fileName(report, "pdf"));
    }

    /** Vietnamese by default, as the report is handed to the district standing committee. */
    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    static String fileName(SupervisionReport report, String extension) {
        String unit = report.unit().unitId().replaceAll("[^A-Za-z0-9-]+", "_");
        return "bao-cao-giam-sat_" + unit + "_" + report.year() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
