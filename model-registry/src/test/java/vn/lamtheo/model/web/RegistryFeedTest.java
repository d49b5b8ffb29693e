package vn.lamtheo.model.web;

import vn.lamtheo.platform.config.LamtheoProperties;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.ModelFields;
import vn.lamtheo.model.registry.RegistryIndex;
import vn.lamtheo.model.registry.RegistryQueries;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.MongoTestSupport;
import vn.lamtheo.model.testsupport.PathAccessPolicy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's links and dates where the registry has nothing public yet. */
class RegistryFeedTest {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    RegistryQueries queries;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        queries = new RegistryQueries(new RegistryIndex(mongo.database(), clock),
                new ModelAccess(new PathAccessPolicy()), new FakeDirectory().provider(), ModelFields.DEFAULT, clock);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void anEmptyFeedWasUpdatedNowNotIn1970() throws Exception {
        SyndFeed feed = parse(new RegistryFeed(queries, new LamtheoProperties("", null), clock).atom("http://10.0.0.5:9090"));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getPublishedDate().toInstant()).isEqualTo(NOW);
    }

    @Test
    void theConfiguredPublicAddressWinsOverTheRequestsOne() throws Exception {
        SyndFeed feed = parse(new RegistryFeed(queries, new LamtheoProperties("https://lamtheo.caungang.gov.vn/", null), clock).atom("http://10.0.0.5:9090"));
        assertThat(alternate(feed)).isEqualTo("https://lamtheo.caungang.gov.vn/registry");
        SyndFeed fromRequest = parse(new RegistryFeed(queries, new LamtheoProperties("", null), clock).atom("http://10.0.0.5:9090"));
        assertThat(alternate(fromRequest)).isEqualTo("http://10.0.0.5:9090/registry");
    }

    /** The feed's link to the page it stands for (Rome's getLink() may answer the "self" link instead). */
    static String alternate(SyndFeed feed) {
        return feed.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref();
    }

    private static SyndFeed parse(String atom) throws Exception {
        return new SyndFeedInput().build(new StringReader(atom));
    }
}
