package vn.lamtheo.supervision.report.web;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartsTest {

    final SvgCharts charts = new SvgCharts(Locale.forLanguageTag("vi"));

    @Test
    void draws_one_bar_per_unit_and_series_with_values_as_text_in_well_formed_svg() throws Exception {
        String svg = charts.bars("chart-x", "Tỷ lệ nộp <và> duyệt", List.of("Xã Nhị Trường", "Xã \"Hiệp\" Hòa & Co"),
                List.of(new SvgCharts.Series("Nộp", List.of(0.5, 1.0)), new SvgCharts.Series("Duyệt", Arrays.asList(0.25, null))),
                true);

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("id")).isEqualTo("chart-x");
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Tỷ lệ nộp <và> duyệt");
        assertThat(svg.split("class=\"bar\"", -1).length - 1).isEqualTo(4);
        assertThat(svg).contains(">50%<", ">100%<", ">25%<", ">–<", "Xã &quot;Hiệp&quot; Hòa &amp; Co");
    }

    @Test
    void counts_are_scaled_to_the_largest() {
        String svg = charts.bars("chart-fields", "Mô hình", List.of("Kinh tế", "Nông thôn mới"),
                List.of(new SvgCharts.Series("Mô hình", List.of(4.0, 2.0))), false);
        int plot = SvgCharts.WIDTH - SvgCharts.LABEL_WIDTH - SvgCharts.VALUE_WIDTH;
        assertThat(svg).contains("width=\"" + plot + ".0\"", "width=\"" + (plot / 2) + ".0\"", ">4<", ">2<");
    }
}
