package vn.lamtheo.platform.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.lamtheo.platform.config.KernelConfiguration;
import vn.lamtheo.platform.store.DurabilityBarrier;
import vn.lamtheo.platform.store.EmbeddedMongo;
import vn.lamtheo.platform.store.MongoStoreConfiguration;
import vn.lamtheo.platform.store.MongoStoreConfiguration.EmbeddedMongoHolder;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The one switch between the two store modes, and what it means for demo mode. */
class StoreModeTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(KernelConfiguration.class, MongoStoreConfiguration.class, DemoMode.class);

    @Test
    void aMongoUriStartsNoEmbeddedServerAndTurnsDemoModeOff(@TempDir Path dataDir) {
        context.withPropertyValues("lamtheo.store.uri=mongodb://127.0.0.1:9/lamtheo_prod", "lamtheo.store.data-dir=" + dataDir)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(EmbeddedMongoHolder.class).mongo()).isEmpty();
                    assertThat(ctx).doesNotHaveBean(EmbeddedMongo.class);
                    assertThat(ctx.getBean(DurabilityBarrier.class)).isSameAs(DurabilityBarrier.WRITE_CONCERN);
                    assertThat(ctx.getBean(com.mongodb.client.MongoDatabase.class).getName()).isEqualTo("lamtheo_prod");
                    assertThat(ctx.getBean(DemoMode.class).enabled()).isFalse();
                    try (var files = Files.list(dataDir)) {
                        assertThat(files).as("nothing written to the embedded data folder").isEmpty();
                    }
                });
    }

    @Test
    void demoModeCanBeAskedForWithARealMongo() {
        context.withPropertyValues("lamtheo.store.uri=mongodb://127.0.0.1:9/x", "lamtheo.demo=true")
                .run(ctx -> assertThat(ctx.getBean(DemoMode.class).enabled()).isTrue());
    }

    @Test
    void withoutAUriTheEmbeddedServerStartsInDemoMode(@TempDir Path dataDir) {
        context.withPropertyValues("lamtheo.store.uri=", "lamtheo.store.data-dir=" + dataDir)
                .run(ctx -> {
                    assertThat(ctx.getBean(EmbeddedMongoHolder.class).mongo()).isPresent();
                    assertThat(ctx.getBean(DurabilityBarrier.class)).isInstanceOf(EmbeddedMongo.class);
                    assertThat(ctx.getBean(DemoMode.class).enabled()).isTrue();
                    assertThat(dataDir.resolve("lamtheo.mv.db")).exists();
                });
        context.withPropertyValues("lamtheo.store.uri=", "lamtheo.store.data-dir=" + dataDir, "lamtheo.demo=false")
                .run(ctx -> assertThat(ctx.getBean(DemoMode.class).enabled()).isFalse());
    }
}
