package vn.lamtheo.supervision.report.supervision;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The supervision report as files to download (XLSX, PDF), for whoever asked: the API (HTTP Basic) and the
 * dashboard page (its session) hand out the same files, with the same scope checks in {@link SupervisionReports}.
 */
@Component
public class SupervisionFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SupervisionReports reports;
    private final MessageSource messages;

    public SupervisionFiles(SupervisionReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    public ResponseEntity<byte[]> xlsx(Actor reader, Integer year, String unitId, String lang) {
        Locale locale = locale(lang);
        SupervisionReport report = reports.report(reader, year, unitId, locale);
        return download(new XlsxReport(new ReportLabels(messages, locale)).write(report), XLSX, fileName(report, "xlsx"));
    }

    public ResponseEntity<byte[]> pdf(Actor reader, Integer year, String unitId, String lang) {
        Locale locale = locale(lang);
        SupervisionReport report = reports.report(reader, year, unitId, locale);
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
