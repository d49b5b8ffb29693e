package vn.lamtheo.platform.directory;

import vn.lamtheo.platform.log.LogValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a directory file (YAML or JSON, the format of {@link DirectoryData}) at start-up when
 * {@code lamtheo.directory.file} names one: the way to bring a real organisation tree in without the API.
 * The file is the truth (entries are created or replaced); running it again changes nothing.
 */
@Component
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectoryFileLoader implements SmartInitializingSingleton {

    public static final String PROPERTY = "lamtheo.directory.file";
    private static final Logger log = LoggerFactory.getLogger(DirectoryFileLoader.class);

    private final DirectoryProperties settings;
    private final DirectoryImporter importer;

    public DirectoryFileLoader(DirectoryProperties settings, DirectoryImporter importer) {
        this.settings = settings;
        this.importer = importer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String file = settings.file();
        if (file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        try (InputStream in = Files.newInputStream(path)) {
            ImportReport report = importer.run(DirectoryData.read(in, path.getFileName().toString()), DirectoryImporter.Mode.UPSERT, false);
            report.errors().forEach(e -> log.warn("{} rejected {}[{}] {}: {}", path, e.section(), e.index(), LogValue.of(e.id()),
                    LogValue.of(e.message())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the directory file " + path.toAbsolutePath(), e);
        }
    }
}
