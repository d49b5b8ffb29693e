package vn.lamtheo.model.web.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's description: short text as written, long text cut at a word and marked. */
class OpenGraphTest {

    @Test
    void shortTextStaysAsWrittenOnOneLine() {
        assertThat(OpenGraph.shortened("  Lắp đèn\n toàn tuyến. ")).isEqualTo("Lắp đèn toàn tuyến.");
    }

    @Test
    void longTextIsCutAtAWord() {
        String text = "Đảng viên vận động hộ dân góp tiền điện thắp sáng đường quê ".repeat(8);
        String shortened = OpenGraph.shortened(text);
        assertThat(shortened).hasSizeLessThanOrEqualTo(OpenGraph.DESCRIPTION_LENGTH).endsWith("…");
        assertThat(text).startsWith(shortened.substring(0, shortened.length() - 1) + " ");
    }
}
