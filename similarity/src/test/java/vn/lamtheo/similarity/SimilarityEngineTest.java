package vn.lamtheo.similarity;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityEngineTest {

    private final SyntheticPledges text = new SyntheticPledges(7);

    private static SimilarityEngine engine(TemplateFingerprints template) {
        SimilarityConfig config = SimilarityConfig.defaults();
        return new SimilarityEngine(config, template, new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()),
                new InMemoryFingerprintStore());
    }

    private static SimilarityEngine engine() {
        return engine(TemplateFingerprints.none());
    }

    private List<SimilarityDocument> originals(int n, int year) {
        List<SimilarityDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(text.document("orig-" + year + "-" + i, "member-" + i, year));
        }
        return docs;
    }

    private static SimilarityDocument renamedNfdCopy(SimilarityDocument source, String id, String owner, int year) {
        return new SimilarityDocument(id, owner, year, source.sections().stream()
                .map(s -> new Section(s.key(), Normalizer.normalize(s.text(), Normalizer.Form.NFD))).toList());
    }

    @Test
    void laterCheckedCopyNamesItsSource() {
        SimilarityEngine engine = engine();
        List<SimilarityDocument> docs = originals(20, 2025);
        docs.forEach(d -> assertThat(engine.checkAndIndex(d).sources()).isEmpty());

        CopyCheckResult result = engine.checkAndIndex(renamedNfdCopy(docs.get(5), "copy", "someone-else", 2025));

        assertThat(result.suspected()).isTrue();
        assertThat(result.score()).isGreaterThan(0.9);
        SourceMatch source = result.sources().get(0);
        assertThat(source.docId()).isEqualTo(docs.get(5).id());
        assertThat(source.kind()).isEqualTo(CopyKind.COPY);
        assertThat(source.direction()).isEqualTo(MatchDirection.COPIED_FROM);
        assertThat(source.containmentThisInOther()).isGreaterThan(0.9);
        assertThat(source.containmentOtherInThis()).isGreaterThan(0.9);
        assertThat(result.sources()).hasSize(1);
    }

    @Test
    void ofTwoPledgesWithTheSameTextTheOneAboutItsOwnAuthorRanksFirst() {
        SimilarityEngine engine = engine();
        originals(10, 2025).forEach(engine::checkAndIndex);
        List<Section> musicTeachersText = List.of(
                new Section("thucHienChucTrachNhiemVu", "Giảng dạy tốt môn Âm nhạc, chủ nhiệm lớp 9C đạt danh hiệu "
                        + "tiên tiến. " + text.paragraph(3)),
                new Section("noiDungLamTheo", text.paragraph(4)));
        // The original's text is about its author's work; the same text handed in under a farmers' union chairman's
        // name is not about his. The renamed one sorts first by id and is indexed first: only the fit ranks it second.
        engine.checkAndIndex(new SimilarityDocument("a-renamed", "m-farmer", 2025, musicTeachersText,
                "Chủ tịch Hội Nông dân xã. Phụ trách toàn diện công tác Hội Nông dân xã"));
        engine.checkAndIndex(new SimilarityDocument("b-original", "m-teacher", 2025, musicTeachersText,
                "Giáo viên Âm nhạc. Giáo viên bộ môn Âm nhạc, chủ nhiệm lớp 9C"));

        CopyCheckResult copy = engine.checkAndIndex(new SimilarityDocument("c-copy", "m-third", 2025, musicTeachersText,
                "Điều dưỡng Trạm Y tế xã"));

        assertThat(copy.sources()).extracting(SourceMatch::docId).containsExactly("b-original", "a-renamed");
        assertThat(copy.sources().get(0).score()).isEqualTo(copy.sources().get(1).score());
        assertThat(copy.sources().get(0).authorFit()).isGreaterThan(copy.sources().get(1).authorFit());
        assertThat(copy.authorFit()).isZero();
    }

    @Test
    void sourceCheckedAfterItsCopyFindsIt() {
        SimilarityEngine engine = engine();
        List<SimilarityDocument> docs = originals(10, 2025);
        engine.checkAndIndex(renamedNfdCopy(docs.get(3), "copy", "someone-else", 2025));
        CopyCheckResult sourceResult = null;
        for (SimilarityDocument d : docs) {
            CopyCheckResult r = engine.checkAndIndex(d);
            if (d == docs.get(3)) {
                sourceResult = r;
            }
        }
        assertThat(sourceResult.sources()).extracting(SourceMatch::docId).containsExactly("copy");
    }

    @Test
    void ownPledgeOfLastYearIsASelfCopy() {
        SimilarityEngine engine = engine();
        SimilarityDocument lastYear = text.document("mine-2024", "member-1", 2024);
        engine.checkAndIndex(lastYear);
        originals(5, 2025).forEach(engine::checkAndIndex);

        CopyCheckResult result = engine.checkAndIndex(renamedNfdCopy(lastYear, "mine-2025", "member-1", 2025));

        assertThat(result.sources().get(0).kind()).isEqualTo(CopyKind.SELF_COPY);
        assertThat(result.suspected()).isTrue();
    }

    @Test
    void aLaterYearMatchSuspectsTheOtherDocumentNotThisOne() {
        SimilarityEngine engine = engine();
        SimilarityDocument source = text.document("src-2024", "member-1", 2024);
        engine.checkAndIndex(renamedNfdCopy(source, "copy-2025", "member-2", 2025));

        CopyCheckResult result = engine.checkAndIndex(source);

        assertThat(result.suspected()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.copiedBy()).extracting(SourceMatch::docId).containsExactly("copy-2025");
        assertThat(result.copiedBy().get(0).suspected()).isTrue();
    }

    @Test
    void templateTextAndStockPhrasesAreNoEvidence() {
        String templateHeading = text.paragraph(3);
        String stock = text.paragraph(3);
        SimilarityEngine engine = engine(TemplateFingerprints.of(
                SimilarityEngine.fingerprinterFor(SimilarityConfig.defaults()), List.of(templateHeading)));
        List<CopyCheckResult> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Everyone writes the template heading and the stock paragraph, plus a little of their own.
            results.add(engine.checkAndIndex(new SimilarityDocument("d" + i, "m" + i, 2025, List.of(
                    new Section("a", templateHeading + " " + stock), new Section("b", text.paragraph(2))))));
        }
        // Early on, with fewer documents than the minimum population, the stock paragraph is still evidence;
        // once it is in more than the stop share of the documents it is not.
        assertThat(results.subList(55, 60)).allSatisfy(r -> assertThat(r.suspected()).isFalse());
    }

    @Test
    void passagesPointAtTheCopiedSentenceInBothTexts() {
        SimilarityEngine engine = engine();
        originals(10, 2025).forEach(engine::checkAndIndex);
        String copied = text.paragraph(3);
        SimilarityDocument source = new SimilarityDocument("src", "m1", 2025, List.of(
                new Section("x", text.paragraph(1)), new Section("y", text.paragraph(2) + " " + copied)));
        engine.checkAndIndex(source);
        String copyText = text.paragraph(1) + " " + copied.toLowerCase() + " " + text.paragraph(1);
        SimilarityDocument copy = new SimilarityDocument("copy", "m2", 2025, List.of(new Section("z", copyText)));

        SourceMatch match = engine.checkAndIndex(copy).sources().get(0);

        assertThat(match.passages()).hasSize(1);
        SharedPassage p = match.passages().get(0);
        assertThat(p.sectionKey()).isEqualTo("z");
        assertThat(p.otherSectionKey()).isEqualTo("y");
        int copiedAt = copyText.indexOf(copied.toLowerCase());
        assertThat(p.thisStart()).isGreaterThanOrEqualTo(copiedAt).isLessThan(copiedAt + 40);
        assertThat(p.thisEnd()).isLessThanOrEqualTo(copiedAt + copied.length()).isGreaterThan(copiedAt + copied.length() - 40);
        String sourceY = source.sections().get(1).text();
        assertThat(sourceY.substring(p.otherStart(), p.otherEnd()).toLowerCase())
                .isEqualTo(copyText.substring(p.thisStart(), p.thisEnd()));
    }

    @Test
    void passageCoversTheWholeSharedRunNotOnlyItsFingerprints() {
        SimilarityEngine engine = engine();
        originals(10, 2025).forEach(engine::checkAndIndex);
        String copied = text.paragraph(3);
        SimilarityDocument source = new SimilarityDocument("src", "m1", 2025, List.of(
                new Section("y", "Mở đầu riêng của bản gốc. " + copied + " Kết thúc riêng của bản gốc.")));
        engine.checkAndIndex(source);
        String copyText = "Một câu khác hẳn ở bản sao. " + copied + " Và một câu cuối cũng khác.";
        SimilarityDocument copy = new SimilarityDocument("copy", "m2", 2025, List.of(new Section("z", copyText)));

        SharedPassage p = engine.checkAndIndex(copy).sources().get(0).passages().get(0);

        // Winnowing selects fingerprints a few syllables inside the shared run; the passage reaches its first and
        // last shared syllables (the final full stop is punctuation, not a syllable).
        int copiedAt = copyText.indexOf(copied);
        assertThat(p.thisStart()).isEqualTo(copiedAt);
        assertThat(p.thisEnd()).isEqualTo(copiedAt + copied.length() - 1);
        String sourceText = source.sections().get(0).text();
        assertThat(p.otherStart()).isEqualTo(sourceText.indexOf(copied));
        assertThat(sourceText.substring(p.otherStart(), p.otherEnd()))
                .isEqualTo(copyText.substring(p.thisStart(), p.thisEnd()));
    }

    private static SimilarityDocument rewritten(SimilarityDocument source, String id, String owner,
                                                java.util.function.UnaryOperator<String> how) {
        return new SimilarityDocument(id, owner, source.year(), source.sections().stream()
                .map(s -> new Section(s.key(), how.apply(s.text()))).toList());
    }

    private static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    void equalScoresGoToTheCandidateWrittenLikeTheCheckedDocument() {
        SimilarityDocument original = text.document("src", "member-1", 2025);
        for (boolean checkedHasDiacritics : new boolean[] {true, false}) {
            // Ids chosen so that the id order (the old last resort) would pick the wrong one.
            String withMarks = checkedHasDiacritics ? "z-with-marks" : "a-with-marks";
            String plain = checkedHasDiacritics ? "a-plain" : "z-plain";
            SimilarityEngine engine = engine();
            originals(10, 2025).forEach(engine::checkAndIndex);
            engine.checkAndIndex(rewritten(original, withMarks, "member-1", t -> t));
            engine.checkAndIndex(rewritten(original, plain, "member-2", SimilarityEngineTest::withoutDiacritics));

            CopyCheckResult result = engine.checkAndIndex(rewritten(original, "copy", "member-3",
                    checkedHasDiacritics ? t -> t : SimilarityEngineTest::withoutDiacritics));

            assertThat(result.sources()).extracting(SourceMatch::docId)
                    .containsExactly(checkedHasDiacritics ? withMarks : plain, checkedHasDiacritics ? plain : withMarks);
            SourceMatch first = result.sources().get(0);
            SourceMatch second = result.sources().get(1);
            assertThat(first.score()).isEqualTo(second.score()); // the same text once folded
            assertThat(first.surfaceAgreement()).isEqualTo(1.0);
            assertThat(second.surfaceAgreement()).isLessThan(first.surfaceAgreement());
        }
    }

    @Test
    void storedCodePointsBreakATieBetweenNfcAndNfdCandidates() {
        SimilarityDocument original = text.document("src", "member-1", 2025);
        SimilarityEngine engine = engine();
        originals(10, 2025).forEach(engine::checkAndIndex);
        engine.checkAndIndex(renamedNfdCopy(original, "a-nfd", "member-2", 2025));
        engine.checkAndIndex(rewritten(original, "z-nfc", "member-1", t -> t));

        CopyCheckResult result = engine.checkAndIndex(rewritten(original, "copy", "member-3", t -> t));

        assertThat(result.sources()).extracting(SourceMatch::docId).containsExactly("z-nfc", "a-nfd");
        assertThat(result.sources().get(1).surfaceAgreement()).isGreaterThan(0.0).isLessThan(1.0);
    }

    @Test
    void sameInputSameResult() {
        List<SimilarityDocument> docs = new ArrayList<>(originals(15, 2025));
        docs.add(renamedNfdCopy(docs.get(2), "c1", "x", 2025));
        docs.add(renamedNfdCopy(docs.get(2), "c2", "y", 2025));
        SimilarityEngine first = engine();
        SimilarityEngine second = engine();
        for (SimilarityDocument d : docs) {
            assertThat(second.checkAndIndex(d)).isEqualTo(first.checkAndIndex(d));
        }
    }

    @Test
    void reindexingReplacesTheOldContent() {
        SimilarityEngine engine = engine();
        SimilarityDocument draft = text.document("p1", "m1", 2025);
        engine.checkAndIndex(draft);
        engine.checkAndIndex(text.document("p1", "m1", 2025)); // revised: all new text
        assertThat(engine.check(renamedNfdCopy(draft, "p2", "m2", 2025)).sources()).isEmpty();
    }
}
