package vn.lamtheo.pledge.importer;

import java.util.List;

/**
 * What an import did: {@code imported} new pledges, {@code unchanged} ones already there (same id),
 * {@code rejected} lines with their number and reason in {@code errors} (the first 1,000 of them).
 */
public record ImportReport(int lines, int imported, int unchanged, int rejected, List<LineError> errors,
                           boolean errorsTruncated, long elapsedMillis) {

    public record LineError(long line, String reason) {
    }
}
