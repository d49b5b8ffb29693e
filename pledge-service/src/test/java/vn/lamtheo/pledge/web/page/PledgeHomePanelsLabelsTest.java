package vn.lamtheo.pledge.web.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The commune's home figures are labelled {@code home.figures.<milestone field>}: each label exists in both languages. */
class PledgeHomePanelsLabelsTest {

    @Test
    void everyCommuneFigureHasALabelInBothLanguages() throws IOException {
        for (String bundle : List.of("messages-pledge.properties", "messages-pledge_en.properties")) {
            Properties messages = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(PledgeHomePanels.COMMUNE_FIGURES).as(bundle)
                    .allSatisfy(m -> assertThat(messages).containsKey("home.figures." + m.field()));
        }
    }
}
