package vn.lamtheo.platform.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param file {@code lamtheo.directory.file}: a YAML or JSON directory file loaded at start-up; empty: none */
@ConfigurationProperties("lamtheo.directory")
public record DirectoryProperties(String file) {

    public DirectoryProperties {
        file = file == null ? "" : file.trim();
    }
}
