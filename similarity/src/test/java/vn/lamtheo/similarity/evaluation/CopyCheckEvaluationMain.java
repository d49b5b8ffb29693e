package vn.lamtheo.similarity.evaluation;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import vn.lamtheo.similarity.InMemoryFingerprintIndex;
import vn.lamtheo.similarity.InMemoryFingerprintStore;
import vn.lamtheo.similarity.MongoFingerprintIndex;
import vn.lamtheo.similarity.MongoFingerprintStore;
import vn.lamtheo.similarity.SimilarityConfig;
import vn.lamtheo.similarity.SimilarityEngine;
import vn.lamtheo.similarity.TemplateFingerprints;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The full-corpus evaluation (bench/copycheck-eval.sh): in-memory index, then the embedded MongoDB index.
 * Arguments: corpus directory (default ../shared/corpus; several, comma-separated, are evaluated one after the other),
 * then "memory", "mongo" or "both" (default both).
 */
public final class CopyCheckEvaluationMain {

    public static void main(String[] args) throws Exception {
        vn.lamtheo.similarity.QuietLogs.apply();
        String which = args.length > 1 ? args[1] : "both";
        for (String dir : (args.length > 0 ? args[0] : "../shared/corpus").split(",")) {
            evaluate(Path.of(dir), which);
        }
    }

    private static void evaluate(Path corpusDir, String which) throws Exception {
        Corpus corpus = Corpus.load(corpusDir);
        System.out.printf("corpus %s%n", corpusDir.toAbsolutePath().normalize());
        SimilarityConfig base = ConfigOverrides.apply(SimilarityConfig.defaults());
        // -Dcopycheck.sweepFalsePairs=a,b,c: the in-memory evaluation once per rare-evidence budget (threshold studies).
        String sweep = System.getProperty("copycheck.sweepFalsePairs");
        if (sweep != null) {
            for (String f : sweep.split(",")) {
                SimilarityConfig config = base.withEvidenceFalsePairs(Double.parseDouble(f));
                TemplateFingerprints template = TemplateFingerprints.of(SimilarityEngine.fingerprinterFor(config), corpus.templateTexts());
                System.out.printf("config %s%n", config);
                System.out.print(CopyDetectionEvaluation.run("in-memory index", corpus, new SimilarityEngine(config, template,
                        new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()), new InMemoryFingerprintStore())).format());
            }
            return;
        }
        SimilarityConfig config = base;
        TemplateFingerprints template = TemplateFingerprints.of(SimilarityEngine.fingerprinterFor(config), corpus.templateTexts());
        System.out.printf("config %s%n", config);
        if (!which.equals("mongo")) {
            SimilarityEngine engine = new SimilarityEngine(config, template,
                    new InMemoryFingerprintIndex(config.maxPostingsPerFingerprint()), new InMemoryFingerprintStore());
            System.out.print(CopyDetectionEvaluation.run("in-memory index", corpus, engine).format());
        }
        if (!which.equals("memory")) {
            Path data = Files.createTempDirectory("copycheck-eval");
            try (EmbeddedMongo mongo = EmbeddedMongo.start(data, 0);
                 MongoClient client = MongoClients.create(mongo.connectionString())) {
                var db = client.getDatabase("copycheck_eval");
                SimilarityEngine engine = new SimilarityEngine(config, template,
                        new MongoFingerprintIndex(db, "pledge_copycheck", config.maxPostingsPerFingerprint()),
                        new MongoFingerprintStore(db, "pledge_copycheck"));
                System.out.print(CopyDetectionEvaluation.run("embedded MongoDB index", corpus, engine).format());
            }
        }
    }
}
