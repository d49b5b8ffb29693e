package vn.lamtheo.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The defaults every Lamtheo process shares, from each module's {@code lamtheo-defaults*.properties}, added with the
 * lowest precedence: application.properties, the environment and the command line override them. Added before the
 * logging system starts (unlike a {@code @PropertySource}), so that their {@code logging.*} settings apply from the
 * first line logged.
 */
public class LamtheoDefaults implements EnvironmentPostProcessor {

    static final String PATTERN = "classpath*:lamtheo-defaults*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (Resource defaults : new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(PATTERN)) {
                String name = "lamtheo-defaults: " + defaults.getDescription();
                if (!environment.getPropertySources().contains(name)) {
                    environment.getPropertySources().addLast(
                            new ResourcePropertySource(name, new EncodedResource(defaults, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Lamtheo's defaults", e);
        }
    }
}
