package vn.lamtheo.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code lamtheo.*} setting is a component of a {@code @ConfigurationProperties} record, and README's settings
 * table names each of them: a setting nobody can find is one nobody can change.
 */
class SettingsDocumentedTest {

    @Test
    void every_lamtheo_setting_is_a_record_component_named_in_the_readme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> settings = settings();

        assertThat(settings).contains("lamtheo.public-url", "lamtheo.store.data-dir", "lamtheo.eventstore.own-write-wait",
                "lamtheo.idempotency.wait");
        assertThat(settings).allSatisfy(name -> assertThat(readme).as(name).contains("`" + name));
    }

    private static List<String> settings() throws ReflectiveOperationException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> names = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.lamtheo")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
            assertThat(type.isRecord()).as(type + " binds " + prefix + " as a record").isTrue();
            RecordComponent[] components = type.getRecordComponents();
            Parameter[] parameters = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)).getParameters();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Name bound = parameters[i].getAnnotation(Name.class);
                String name = prefix + "." + (bound != null ? bound.value() : kebab(component.getName()));
                names.add(Map.class.isAssignableFrom(component.getType()) ? name + "." : name);
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
