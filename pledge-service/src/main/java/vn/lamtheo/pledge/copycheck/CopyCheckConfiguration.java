package vn.lamtheo.pledge.copycheck;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import vn.lamtheo.platform.eventstore.SequentialProcessing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.eventstore.DeadLetterConfiguration;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.similarity.MongoFingerprintIndex;
import vn.lamtheo.similarity.MongoFingerprintStore;
import vn.lamtheo.similarity.SimilarityConfig;
import vn.lamtheo.similarity.SimilarityEngine;
import vn.lamtheo.similarity.TemplateFingerprints;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pledge copy check: the shared similarity engine over its own index ({@code pledge_copycheck_*} collections),
 * with the configured template's headings and sample wording as stop text, and a one-segment processor: the engine
 * must see the submissions one at a time and in the same order on every replay (that is what makes it deterministic).
 */
@Configuration(proxyBeanMethods = false)
public class CopyCheckConfiguration {

    /** Collection prefix of the pledge index; models use their own. */
    public static final String INDEX = "pledge_copycheck";
    /** Headings carry {year}; the years a pledge can name are filled in so those headings are template text too. */
    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2040;

    @Bean
    PledgeCopyIndex pledgeCopyIndex(MongoDatabase database, TemplateCheck templateCheck) {
        SimilarityConfig config = SimilarityConfig.defaults();
        TemplateFingerprints template = TemplateFingerprints.of(SimilarityEngine.fingerprinterFor(config),
                templateTexts(templateCheck));
        return new PledgeCopyIndex(database, INDEX, config, template);
    }

    /** The copy check retries a failed batch itself (below); parking one pledge would change later results. */
    @Bean
    DeadLetterConfiguration.WithoutDeadLetters copyCheckHandlesItsOwnFailures() {
        return new DeadLetterConfiguration.WithoutDeadLetters(CopyCheckProcessor.PROCESSING_GROUP);
    }

    /** A failed check must not be skipped: later results depend on the index holding every earlier text. */
    @Bean
    ConfigurerModule pledgeCopyCheckProcessor() {
        return SequentialProcessing.of(CopyCheckProcessor.PROCESSING_GROUP);
    }

    /** Every heading of every form (for each year a pledge may carry) and the template's sample wording. */
    static List<String> templateTexts(TemplateCheck templateCheck) {
        Set<String> texts = new LinkedHashSet<>();
        var rules = templateCheck.rules();
        for (TemplateKind kind : rules.kinds().keySet()) {
            for (SectionKey section : SectionKey.values()) {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    texts.add(rules.heading(kind, section, year));
                }
            }
        }
        rules.sampleWording().values().forEach(texts::addAll);
        return List.copyOf(texts);
    }

    /** The engine with the collections it writes, so that a reset can empty them. */
    public static final class PledgeCopyIndex {
        private final MongoDatabase database;
        private final String prefix;
        private final SimilarityConfig config;
        private final TemplateFingerprints template;
        private SimilarityEngine engine;

        PledgeCopyIndex(MongoDatabase database, String prefix, SimilarityConfig config, TemplateFingerprints template) {
            this.database = database;
            this.prefix = prefix;
            this.config = config;
            this.template = template;
            this.engine = newEngine();
        }

        public SimilarityEngine engine() {
            return engine;
        }

        /** Forgets every pledge: the processor's reset, before the replay rebuilds the index. */
        public void clear() {
            MongoFingerprintIndex.drop(database, prefix);
            MongoFingerprintStore.drop(database, prefix);
            engine = newEngine();
        }

        private SimilarityEngine newEngine() {
            return new SimilarityEngine(config, template,
                    new MongoFingerprintIndex(database, prefix, config.maxPostingsPerFingerprint()),
                    new MongoFingerprintStore(database, prefix));
        }
    }
}
