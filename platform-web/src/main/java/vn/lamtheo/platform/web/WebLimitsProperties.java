package vn.lamtheo.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits: small for ordinary JSON, large for the import endpoints that stream JSON Lines.
 *
 * @param maxBodySize       every request except the imports (default 2MB)
 * @param maxImportBodySize requests under {@code importPathPrefix} (default 512MB)
 * @param importPathPrefix  where the import endpoints live (default /api/admin/import/)
 * @param firstYear         the earliest year a query may name (default 2000); the latest is next year
 */
@ConfigurationProperties("lamtheo.web")
public record WebLimitsProperties(DataSize maxBodySize, DataSize maxImportBodySize, String importPathPrefix, Integer firstYear) {
    public WebLimitsProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(2) : maxBodySize;
        maxImportBodySize = maxImportBodySize == null ? DataSize.ofMegabytes(512) : maxImportBodySize;
        importPathPrefix = importPathPrefix == null || importPathPrefix.isBlank() ? "/api/admin/import/" : importPathPrefix;
        firstYear = firstYear == null ? 2000 : firstYear;
    }
}
