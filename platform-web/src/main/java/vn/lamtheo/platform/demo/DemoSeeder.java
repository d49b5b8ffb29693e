package vn.lamtheo.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.directory.AccountStore;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.platform.directory.DirectoryData;
import vn.lamtheo.platform.directory.DirectoryImporter;
import vn.lamtheo.platform.directory.ImportReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * In demo mode, adds the demo tree and accounts before the web server opens (only what is missing, so a
 * restart keeps what people changed); outside demo mode, removes any demo account a demo run left behind.
 */
@Component
public class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    public static final String DEMO_DIRECTORY = "lamtheo/demo-directory.yaml";

    private final DemoMode mode;
    private final DirectoryImporter importer;
    private final AccountStore accounts;
    private final Directory directory;
    private final Environment environment;
    private DirectoryData demo;

    public DemoSeeder(DemoMode mode, DirectoryImporter importer, AccountStore accounts, Directory directory, Environment environment) {
        this.mode = mode;
        this.importer = importer;
        this.accounts = accounts;
        this.directory = directory;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!mode.enabled()) {
            long removed = accounts.deleteDemoAccounts();
            if (removed > 0) {
                log.warn("Demo mode is off: removed {} demo accounts left by an earlier demo run", removed);
            }
            return;
        }
        demo = load();
        ImportReport report = importer.run(demo, DirectoryImporter.Mode.CREATE_MISSING, true);
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("The demo directory does not load: " + report.errors());
        }
    }

    /**
     * The URL and who can sign in, once the port is known. Not the password: a log is read by more people than the
     * README, and a demo run left on a reachable machine should not hand its accounts to whoever reads it.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        if (!mode.enabled()) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String people = demo.accounts().stream()
                .map(a -> "  " + a.username() + " — " + directory.person(a.personId())
                        .map(p -> p.roles().stream().map(Enum::name).sorted().collect(Collectors.joining("+")) + " @ " + p.unitId())
                        .orElse("?"))
                .collect(Collectors.joining("\n"));
        log.info("""

                Lamtheo (chế độ demo / demo mode) đang chạy tại / is running at http://localhost:{}/
                API: http://localhost:{}/api/me · Swagger UI: http://localhost:{}/swagger-ui.html
                Tài khoản demo (mật khẩu: xem README / password: see README) — demo accounts:
                {}""", port, port, port, people);
    }

    static DirectoryData load() {
        try (InputStream in = new ClassPathResource(DEMO_DIRECTORY).getInputStream()) {
            return DirectoryData.read(in, DEMO_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO_DIRECTORY, e);
        }
    }
}
