package vn.lamtheo.similarity;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurfaceAgreementTest {

    private static final DocumentFingerprinter FINGERPRINTER = new DocumentFingerprinter(
            SimilarityEngine.fingerprinterFor(SimilarityConfig.defaults()), TemplateFingerprints.none());

    private static DocumentFingerprints doc(String id, String text) {
        return FINGERPRINTER.fingerprint(new SimilarityDocument(id, id, 2025, List.of(new Section("s", text))));
    }

    private static List<SharedPassage> whole(String a, String b) {
        return List.of(new SharedPassage("s", 0, a.length(), "s", 0, b.length()));
    }

    private static SharedPassage swapped(SharedPassage p) {
        return new SharedPassage(p.otherSectionKey(), p.otherStart(), p.otherEnd(), p.sectionKey(), p.thisStart(), p.thisEnd());
    }

    @Test
    void countsTheSharedSyllablesWrittenTheSameWayAtBothLevels() {
        String a = "Sống hòa đồng, khỏe mạnh và giản dị";           // 8 syllables, every one with a mark
        String oldTone = "Sống hoà đồng, khoẻ mạnh và giản dị";     // 2 written otherwise, same once folded
        String plain = "Song hoa dong, khoe manh va gian di";
        String nfd = Normalizer.normalize(a, Normalizer.Form.NFD);
        String mixed = "Sống hòa đồng, khoe manh va gian di";          // 3 of 8 as written

        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", a), whole(a, a))).isEqualTo(1.0);
        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", oldTone), whole(a, oldTone))).isEqualTo(0.75);
        // NFD: the same letters, none of the same code points (every syllable has a mark).
        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", nfd), whole(a, nfd))).isEqualTo(0.5);
        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", plain), whole(a, plain))).isZero();
        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", mixed), whole(a, mixed))).isEqualTo(0.375);
    }

    @Test
    void symmetricInTheTwoDocuments() {
        String a = "Bản thân hoà đồng với đồng chí, đồng nghiệp và nhân dân; sống khiêm tốn, giản dị.";
        String b = "Ban than hòa đồng voi dong chi, đồng nghiệp và nhan dan; song khiêm tốn, gian di.";
        SharedPassage p = new SharedPassage("s", 0, a.length(), "s", 0, b.length());
        double ab = SurfaceAgreement.of(doc("a", a), doc("b", b), List.of(p));
        double ba = SurfaceAgreement.of(doc("b", b), doc("a", a), List.of(swapped(p)));
        assertThat(ab).isEqualTo(ba).isGreaterThan(0.0).isLessThan(1.0);
    }

    @Test
    void unknownTextsOrNothingSharedGiveZero() {
        String a = "một hai ba bốn năm";
        DocumentFingerprints withoutTexts = doc("a", a).summary();
        assertThat(SurfaceAgreement.of(withoutTexts, doc("b", a), whole(a, a))).isZero();
        assertThat(SurfaceAgreement.of(doc("a", a), doc("b", "sáu bảy tám chín mười"), whole(a, "sáu bảy tám chín mười")))
                .isZero();
    }
}
