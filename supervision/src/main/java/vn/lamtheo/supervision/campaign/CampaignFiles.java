package vn.lamtheo.supervision.campaign;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The campaign report as files: the API (HTTP Basic) and the pages (their session) hand out the same ones, with the
 * same scope checks in {@link CampaignReports}.
 */
@Component
public class CampaignFiles {

    private record Format(MediaType type, Function<CampaignReport, byte[]> writer) {
    }

    private static final Map<String, Format> FORMATS = Map.of(
            "xlsx", new Format(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CampaignXlsx::write),
            "pdf", new Format(MediaType.APPLICATION_PDF, r -> CampaignPdf.write(CampaignDocument.of(r))),
            "docx", new Format(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                    r -> CampaignDocx.write(CampaignDocument.of(r))));

    private final CampaignReports reports;

    public CampaignFiles(CampaignReports reports) {
        this.reports = reports;
    }

    /** @param extension xlsx, pdf or docx */
    public ResponseEntity<byte[]> download(Actor reader, Integer year, String extension) {
        Format format = FORMATS.get(extension);
        CampaignReport report = reports.report(reader, year);
        String name = "bao-cao-dot-giam-sat_" + report.year() + "." + extension;
        return ResponseEntity.ok().contentType(format.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(format.writer().apply(report));
    }
}
