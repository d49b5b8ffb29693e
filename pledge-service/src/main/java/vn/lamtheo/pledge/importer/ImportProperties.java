package vn.lamtheo.pledge.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param parallelism {@code lamtheo.import.parallelism}: pledge lines imported at once (default 8, at least 1) */
@ConfigurationProperties("lamtheo.import")
public record ImportProperties(Integer parallelism) {

    public ImportProperties {
        parallelism = parallelism == null ? 8 : Math.max(1, parallelism);
    }
}
