package vn.lamtheo.similarity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorFitTest {

    @Test
    void shareOfTheProfilesSyllablePairsFoundInTheSectionsFolded() {
        // Pairs of "Giáo viên Âm nhạc": giao vien, vien am, am nhac; the text has the first and the last.
        double fit = AuthorFit.of("Giáo viên Âm nhạc", List.of("Là giáo viên, tôi dạy tốt môn âm nhạc."));

        assertThat(fit).isEqualTo(0.6667);
    }

    @Test
    void aPairAcrossTwoSectionsIsNotWritten() {
        assertThat(AuthorFit.of("âm nhạc", List.of("dạy âm", "nhạc cho học sinh"))).isZero();
    }

    @Test
    void unaffectedByHowTheTextIsWritten() {
        String nfd = java.text.Normalizer.normalize("Phụ trách công tác Hội Nông dân", java.text.Normalizer.Form.NFD);

        assertThat(AuthorFit.of("Phụ trách công tác Hội Nông dân", List.of(nfd.toUpperCase()))).isEqualTo(1.0);
        assertThat(AuthorFit.of("Phụ trách công tác Hội Nông dân", List.of("phu trach cong tac hoi nong dan"))).isEqualTo(1.0);
    }

    @Test
    void nothingToFitWithoutAProfile() {
        assertThat(AuthorFit.of(null, List.of("Giáo viên âm nhạc"))).isZero();
        assertThat(AuthorFit.of("  ", List.of("Giáo viên âm nhạc"))).isZero();
    }
}
