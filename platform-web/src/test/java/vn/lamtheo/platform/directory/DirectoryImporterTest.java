package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.lamtheo.platform.directory.DirectoryData.AccountEntry;
import vn.lamtheo.platform.directory.DirectoryData.PersonEntry;
import vn.lamtheo.platform.directory.DirectoryData.UnitEntry;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import vn.lamtheo.kernel.directory.Account;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;

class DirectoryImporterTest {

    @TempDir
    static Path dataDir;
    static EmbeddedMongo server;
    static MongoClient client;

    final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4); // cheap rounds: tests are not attackers
    final AtomicInteger durableCalls = new AtomicInteger();
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
        importer = new DirectoryImporter(directory, accounts, passwords, durableCalls::incrementAndGet);
    }

    static DirectoryData sample(String password) {
        return new DirectoryData(
                List.of(new UnitEntry("d/c/b", "branch", "Chi bộ B", "d/c"), // child before its parents: reordered
                        new UnitEntry("d/c", "COMMITTEE", "Xã C", "d"),
                        new UnitEntry("d", "DISTRICT", "Huyện D", null)),
                List.of(new PersonEntry("p1", "Trần Thị Lan", "d/c/b", List.of("member"))),
                List.of(new AccountEntry("lan", "p1", password, null)));
    }

    @Test
    void importsParentsFirstHashesPasswordsAndIsDurable() {
        ImportReport report = importer.run(sample("mat-khau-dai"), DirectoryImporter.Mode.UPSERT, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.units().created()).isEqualTo(3);
        assertThat(directory.isWithin("d/c/b", "d")).isTrue();
        Account account = accounts.find("lan").orElseThrow();
        assertThat(account.passwordHash()).startsWith("$2").doesNotContain("mat-khau-dai");
        assertThat(passwords.matches("mat-khau-dai", account.passwordHash())).isTrue();
        assertThat(account.demo()).isFalse();
        assertThat(durableCalls).hasValue(1);
    }

    @Test
    void theSameImportTwiceChangesNothing() {
        importer.run(sample("mat-khau-dai"), DirectoryImporter.Mode.UPSERT, false);
        String hash = accounts.find("lan").orElseThrow().passwordHash();

        ImportReport again = importer.run(sample("mat-khau-dai"), DirectoryImporter.Mode.UPSERT, false);

        assertThat(again.units()).isEqualTo(new ImportReport.Counts(0, 0, 3));
        assertThat(again.people()).isEqualTo(new ImportReport.Counts(0, 0, 1));
        assertThat(again.accounts()).isEqualTo(new ImportReport.Counts(0, 0, 1));
        assertThat(accounts.find("lan").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Test
    void createMissingKeepsWhatExists() {
        importer.run(sample("mat-khau-dai"), DirectoryImporter.Mode.UPSERT, false);
        directory.movePerson("p1", "d/c");

        ImportReport seed = importer.run(sample("another-password"), DirectoryImporter.Mode.CREATE_MISSING, true);

        assertThat(seed.people().unchanged()).isEqualTo(1);
        assertThat(directory.person("p1").orElseThrow().unitId()).isEqualTo("d/c");
        assertThat(passwords.matches("mat-khau-dai", accounts.find("lan").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void badEntriesAreReportedOneByOne() {
        DirectoryData data = new DirectoryData(
                List.of(new UnitEntry("d", "DISTRICT", "Huyện D", null), new UnitEntry("x", "CASTLE", "X", null),
                        new UnitEntry("y", "BRANCH", "Y", "missing")),
                List.of(new PersonEntry("p1", "Lan", "d", List.of("MEMBER")), new PersonEntry("p2", "Bình", "d", List.of("KING"))),
                List.of(new AccountEntry("short", "p1", "abc", null), new AccountEntry("ghost", "nobody", "mat-khau-dai", null),
                        new AccountEntry("hashed", "p1", null, "not-a-hash")));

        ImportReport report = importer.run(data, DirectoryImporter.Mode.UPSERT, false);

        assertThat(report.errors()).extracting(ImportReport.EntryError::id).containsExactly("x", "y", "p2", "short", "ghost", "hashed");
        assertThat(report.errors().get(1).errors()).extracting(v -> v.field()).containsExactly("parentId");
        assertThat(report.units().created()).isEqualTo(1);
        assertThat(report.people().created()).isEqualTo(1);
        assertThat(accounts.find("short")).isEmpty();
    }

    @Test
    void aDirectoryFileIsLoadedAtStartUp(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("org.yaml");
        Files.writeString(file, """
                units:
                  - {id: tinh, type: PROVINCE, name: "Tỉnh Trà Vinh"}
                  - {id: tinh/huyen, type: DISTRICT, name: "Huyện Cầu Ngang", parentId: tinh}
                people:
                  - {id: p9, fullName: "Kim Thị Sa Rết", unitId: tinh/huyen, roles: [DISTRICT_CURATOR]}
                """);
        new DirectoryFileLoader(new DirectoryProperties(file.toString()), importer)
                .afterSingletonsInstantiated();

        assertThat(directory.subtree("tinh")).extracting(Unit::id).containsExactly("tinh", "tinh/huyen");
        assertThat(directory.person("p9").orElseThrow().has(Role.DISTRICT_CURATOR)).isTrue();
    }
}
