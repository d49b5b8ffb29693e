package vn.lamtheo.pledge.importer;

import java.util.List;

/**
 * What an import did: {@code imported} new pledges, {@code unchanged} ones already there (same id),
 * {@code rejected} lines with their number, the field at fault ({@code null}: the line as a whole) and the reason in
 * {@code errors} (the first 1,000; a line with several problems has one entry for each).
 */
public record ImportReport(int lines, int imported, int unchanged, int rejected, List<LineError> errors,
                           boolean errorsTruncated, long elapsedMillis) {

    public record LineError(long line, String field, String reason) {
    }
}
