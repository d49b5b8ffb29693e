package vn.lamtheo.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The absolute evidence: copied text measured by its rarity-weighted length, not by its share of either text
 * ({@link RareEvidence}). Every copy here is too small a share of the copy to reach the ratio rule's flag.
 */
class RareEvidenceTest {

    private final SyntheticPledges text = new SyntheticPledges(17);

    /** The rule switched on with the budget it was measured with (it is off by default: see SimilarityConfig). */
    private static final SimilarityConfig CONFIG = SimilarityConfig.defaults().withEvidenceFalsePairs(0.001);

    private static SimilarityEngine engine() {
        SimilarityConfig config = CONFIG;
        return new SimilarityEngine(config, TemplateFingerprints.none(),
                new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()), new InMemoryFingerprintStore());
    }

    /** 200 honest pledges of three sections of 5 sentences, each section opening with one of 10 stock sentences. */
    private List<SimilarityDocument> honest(SimilarityEngine engine, List<String> stock) {
        List<SimilarityDocument> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add(new SimilarityDocument("honest-" + i, "member-" + i, 2025, List.of(
                    new Section("tuTuongChinhTri", stock.get(i % 10) + " " + text.paragraph(4)),
                    new Section("daoDucLoiSong", stock.get((i + 3) % 10) + " " + text.paragraph(4)),
                    new Section("noiDungLamTheo", stock.get((i + 7) % 10) + " " + text.paragraph(4)))));
        }
        engine.indexAll(docs);
        return docs;
    }

    private List<String> stock() {
        List<String> stock = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stock.add(text.sentence(18));
        }
        return stock;
    }

    private static List<String> sentences(SimilarityDocument doc) {
        List<String> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (String sentence : s.text().split("(?<=\\.) ")) {
                out.add(sentence);
            }
        }
        return out;
    }

    @Test
    void aThirdOfASourceInsideATextThreeTimesLongerIsFlaggedWithItsPassages() {
        SimilarityEngine engine = engine();
        SimilarityDocument source = honest(engine, stock()).get(42);
        List<String> taken = sentences(source).subList(5, 10); // a third of the source's 15 sentences
        String copied = String.join(" ", taken);
        SimilarityDocument copy = new SimilarityDocument("copy", "copier", 2025, List.of(
                new Section("tuTuongChinhTri", text.paragraph(10)),
                new Section("daoDucLoiSong", text.paragraph(5) + " " + copied + " " + text.paragraph(5)),
                new Section("noiDungLamTheo", text.paragraph(10))));

        CopyCheckResult result = engine.checkAndIndex(copy);

        assertThat(result.suspected()).isTrue();
        SourceMatch match = result.sources().get(0);
        assertThat(match.docId()).isEqualTo(source.id());
        assertThat(match.suspected()).isTrue();
        assertThat(Math.min(match.containmentThisInOther(), match.containmentOtherInThis()))
                .as("the ratio alone would not flag it").isLessThan(CONFIG.flagThreshold());
        assertThat(match.rareEvidence()).isGreaterThanOrEqualTo(1.0);
        int at = copy.sections().get(1).text().indexOf(copied);
        assertThat(match.passages()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sectionKey()).isEqualTo("daoDucLoiSong");
            assertThat(p.thisStart()).isGreaterThanOrEqualTo(at);
            assertThat(p.thisEnd()).isLessThanOrEqualTo(at + copied.length());
        });
    }

    @Test
    void aCopyMergedFromTwoSourcesReportsBothEachWithItsOwnPassages() {
        SimilarityEngine engine = engine();
        List<SimilarityDocument> docs = honest(engine, stock());
        String fromA = String.join(" ", sentences(docs.get(10)).subList(6, 11));
        String fromB = String.join(" ", sentences(docs.get(20)).subList(1, 6));
        SimilarityDocument copy = new SimilarityDocument("merged", "copier", 2025, List.of(
                new Section("tuTuongChinhTri", text.paragraph(5) + " " + fromA),
                new Section("daoDucLoiSong", text.paragraph(5)),
                new Section("noiDungLamTheo", fromB + " " + text.paragraph(5))));

        CopyCheckResult result = engine.checkAndIndex(copy);

        assertThat(result.sources()).filteredOn(SourceMatch::suspected).extracting(SourceMatch::docId)
                .containsExactlyInAnyOrder("honest-10", "honest-20");
        SourceMatch a = result.sources().stream().filter(s -> s.docId().equals("honest-10")).findFirst().orElseThrow();
        SourceMatch b = result.sources().stream().filter(s -> s.docId().equals("honest-20")).findFirst().orElseThrow();
        assertThat(a.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.sectionKey()).isEqualTo("tuTuongChinhTri"));
        assertThat(b.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.sectionKey()).isEqualTo("noiDungLamTheo"));
        assertThat(Math.min(a.containmentThisInOther(), a.containmentOtherInThis()))
                .isLessThan(CONFIG.flagThreshold());
    }

    @Test
    void twoHonestPledgesSharingStockAndCommonSentencesAreNotPaired() {
        SimilarityEngine engine = engine();
        List<String> stock = stock();
        honest(engine, stock);
        // Sentences many members write (each held by 15 of the pledges: under the stop level, not rare either).
        List<String> common = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            common.add(text.sentence(20));
        }
        List<SimilarityDocument> holders = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            holders.add(new SimilarityDocument("common-" + i, "member-c" + i, 2025, List.of(
                    new Section("tuTuongChinhTri", stock.get(i % 10) + " " + String.join(" ", common)),
                    new Section("noiDungLamTheo", text.paragraph(6)))));
        }
        engine.indexAll(holders);
        SimilarityDocument honest = new SimilarityDocument("honest-new", "member-new", 2025, List.of(
                new Section("tuTuongChinhTri", stock.get(1) + " " + stock.get(2) + " " + String.join(" ", common)),
                new Section("daoDucLoiSong", stock.get(5) + " " + text.paragraph(8)),
                new Section("noiDungLamTheo", text.paragraph(8))));

        CopyCheckResult result = engine.checkAndIndex(honest);

        assertThat(result.suspected()).isFalse();
        assertThat(result.sources()).noneMatch(SourceMatch::suspected)
                .allSatisfy(s -> assertThat(s.rareEvidence()).isLessThan(1.0));
    }
}
