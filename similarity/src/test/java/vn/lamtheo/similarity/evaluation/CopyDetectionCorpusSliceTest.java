package vn.lamtheo.similarity.evaluation;

import org.junit.jupiter.api.Test;
import vn.lamtheo.similarity.InMemoryFingerprintIndex;
import vn.lamtheo.similarity.InMemoryFingerprintStore;
import vn.lamtheo.similarity.SimilarityConfig;
import vn.lamtheo.similarity.SimilarityEngine;
import vn.lamtheo.similarity.TemplateFingerprints;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality on a slice of the shared corpus (80 labelled copies with their sources, 250 more originals, ~400
 * documents): a regression guard that fails when detection gets worse. The full-corpus figures come from
 * bench/copycheck-eval.sh.
 */
class CopyDetectionCorpusSliceTest {

    @Test
    void detectsLabelledCopiesWithoutPairingOriginals() {
        Path corpusDir = Corpus.locate().orElse(null);
        assumeTrue(corpusDir != null, "../shared/corpus not found");
        Corpus slice = Corpus.load(corpusDir).slice(80, 250);
        SimilarityConfig config = SimilarityConfig.defaults();
        SimilarityEngine engine = new SimilarityEngine(config,
                TemplateFingerprints.of(SimilarityEngine.fingerprinterFor(config), slice.templateTexts()),
                new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()), new InMemoryFingerprintStore());

        EvaluationReport report = CopyDetectionEvaluation.run("slice", slice, engine);

        assertThat(report.precision()).as(report.format()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.recall()).as(report.format()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.recallAt1()).as(report.format()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.originalsWronglyPaired()).as(report.format()).isZero();
        assertThat(report.passagePrecision()).as(report.format()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.passageRecall()).as(report.format()).isGreaterThanOrEqualTo(0.70);
    }
}
