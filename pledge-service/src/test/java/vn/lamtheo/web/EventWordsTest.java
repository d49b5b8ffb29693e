package vn.lamtheo.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lamtheo.kernel.events.model.ModelEvent;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published pledge and model event has words for the history, in Vietnamese and in English: a new event without
 * them would show as "Thay đổi khác" (issue 18: never a class name in the history).
 */
class EventWordsTest {

    @ParameterizedTest
    @CsvSource({"messages-pledge.properties, pledge.event., PLEDGE", "messages-pledge_en.properties, pledge.event., PLEDGE",
            "messages-model.properties, model.event., MODEL", "messages-model_en.properties, model.event., MODEL"})
    void everyEventHasWords(String bundle, String prefix, String kind) throws IOException {
        Class<?> root = kind.equals("PLEDGE") ? PledgeEvent.class : ModelEvent.class;
        List<String> events = new ClassFileImporter().importPackages(root.getPackageName()).stream()
                .filter(c -> !c.isInterface() && c.isAssignableTo(root))
                .map(JavaClass::getSimpleName).sorted().toList();
        assertThat(events).isNotEmpty();
        Properties words = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(events).allSatisfy(event -> assertThat(words.getProperty(prefix + event))
                .as(bundle + " has " + prefix + event).isNotBlank());
    }
}
