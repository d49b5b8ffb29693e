package vn.lamtheo.similarity.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNormalizerTest {

    @Test
    void foldsCaseDiacriticsAndDStroke() {
        assertThat(VietnameseNormalizer.normalize("Đảng viên ĐOÀN KẾT").folded()).isEqualTo("dang vien doan ket");
    }

    @Test
    void nfdInputFoldsLikeNfc() {
        String nfc = "Tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(VietnameseNormalizer.normalize(nfd).folded()).isEqualTo(VietnameseNormalizer.normalize(nfc).folded());
    }

    @Test
    void oldAndNewTonePlacementAreTheSame() {
        assertThat(VietnameseNormalizer.normalize("hoà thuỷ khoẻ").folded())
                .isEqualTo(VietnameseNormalizer.normalize("hòa thủy khỏe").folded())
                .isEqualTo("hoa thuy khoe");
    }

    @Test
    void collapsesPunctuationAndWhitespace() {
        assertThat(VietnameseNormalizer.normalize("  cần, kiệm;  liêm -- chính!\n\"chí công\"  ").folded())
                .isEqualTo("can kiem liem chinh chi cong");
    }

    @Test
    void syllablesPointBackIntoTheOriginalEvenForNfd() {
        String original = Normalizer.normalize("Giữ gìn, phẩm chất.", Normalizer.Form.NFD);
        Syllables s = Syllables.of(original);
        assertThat(s.folded()).containsExactly("giu", "gin", "pham", "chat");
        String third = original.substring(s.originalStart()[2], s.originalEnd()[2]);
        assertThat(Normalizer.normalize(third, Normalizer.Form.NFC)).isEqualTo("phẩm");
        assertThat(original.substring(s.originalStart()[1], s.originalEnd()[1])).isEqualTo(
                Normalizer.normalize("gìn", Normalizer.Form.NFD));
    }
}
