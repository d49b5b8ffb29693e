package vn.lamtheo.platform.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import vn.lamtheo.platform.config.LamtheoProperties;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.lamtheo.platform.demo.DemoMode;
import vn.lamtheo.platform.demo.DemoSeeder;
import vn.lamtheo.platform.directory.AccountStore;
import vn.lamtheo.platform.directory.DirectoryImporter;
import vn.lamtheo.platform.directory.MongoDirectory;
import vn.lamtheo.platform.store.EmbeddedMongo;
import vn.lamtheo.platform.store.StoreProperties;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo accounts sign in only in demo mode, and a run outside demo mode removes them. */
class DemoAccountsTest {

    @TempDir
    static Path dataDir;
    static EmbeddedMongo server;
    static MongoClient client;

    MongoDirectory directory;
    AccountStore accounts;
    DirectoryImporter importer;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void fresh() {
        MongoDatabase db = client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        directory = new MongoDirectory(db);
        accounts = new AccountStore(db);
        importer = new DirectoryImporter(directory, accounts, new BCryptPasswordEncoder(4), () -> { });
    }

    DemoMode mode(String demo) {
        return new DemoMode(new LamtheoProperties(null, Boolean.valueOf(demo)), new StoreProperties(null, null, null, null, null, null));
    }

    void seed(DemoMode mode) {
        new DemoSeeder(mode, importer, accounts, directory, new MockEnvironment()).afterSingletonsInstantiated();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theStartUpAnnouncementNamesTheAccountsButNotThePassword(CapturedOutput output) {
        DemoMode on = mode("true");
        DemoSeeder seeder = new DemoSeeder(on, importer, accounts, directory, new MockEnvironment());
        seeder.afterSingletonsInstantiated();
        seeder.announce();

        assertThat(output.getOut()).contains("member1 — MEMBER @ cau-ngang/nhi-truong/ap-la-bang-chop", "password: see README")
                .doesNotContainPattern("(?i)password: demo|mật khẩu: demo|mật khẩu / password: demo");
    }

    @Test
    void inDemoModeTheDemoAccountsSignIn() {
        DemoMode on = mode("true");
        seed(on);
        var member1 = new AccountUserDetailsService(accounts, directory, on).loadUserByUsername("member1");
        assertThat(member1.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
        assertThat(((LamtheoUserDetails) member1).personId()).isEqualTo("member1");
        assertThat(accounts.find("admin").orElseThrow().demo()).isTrue();
    }

    @Test
    void outsideDemoModeTheyNeitherSignInNorSurviveARestart() {
        seed(mode("true"));
        DemoMode off = mode("false");
        assertThatThrownBy(() -> new AccountUserDetailsService(accounts, directory, off).loadUserByUsername("member1"))
                .isInstanceOf(UsernameNotFoundException.class);

        seed(off);

        assertThat(accounts.find("member1")).isEmpty();
        assertThat(accounts.find("admin")).isEmpty();
    }

    @Test
    void seedingTwiceChangesNothing() {
        seed(mode("true"));
        String hash = accounts.find("secretary1").orElseThrow().passwordHash();
        seed(mode("true"));
        assertThat(accounts.find("secretary1").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(directory.membersOf("cau-ngang/nhi-truong/ap-la-bang-chop")).hasSize(3);
    }
}
