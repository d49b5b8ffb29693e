package vn.lamtheo.supervision.report.web;

import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.events.pledge.PledgeMilestone;
import vn.lamtheo.supervision.report.figures.Figures;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the report derives from a figure name ({@code report.col.<name>}) exists in both languages. */
class ReportLabelsTest {

    @Test
    void everyMilestoneAndShownFigureHasALabelInBothLanguages() throws IOException {
        List<String> figures = new ArrayList<>(PledgeMilestone.fields(PledgeMilestone.steps()));
        figures.add(PledgeMilestone.WITH_FINDINGS.field());
        Stream.of(Figures.allCounts(), Figures.RATES, SupervisionPageController.COLUMNS, SupervisionPageController.CARDS,
                SupervisionPageController.COMPARED).forEach(figures::addAll);
        for (String bundle : List.of("messages-report.properties", "messages-report_en.properties")) {
            Properties messages = load(bundle);
            assertThat(figures).as(bundle).allSatisfy(f -> assertThat(messages).containsKey("report.col." + f));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = ReportLabelsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
