package vn.lamtheo.supervision.report.figures;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.kernel.events.cabinet.*;
import vn.lamtheo.platform.directory.MongoDirectory;
import vn.lamtheo.platform.store.TestMongo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's {@code cabinets} figures, projected from the cabinets' published events, per unit and summed up the tree. */
class CabinetFiguresProjectionTest {

    static final String DISTRICT = "cn";
    static final String NT = "cn/nt";
    static final String NT_B1 = "cn/nt/b1";
    static final String HH = "cn/hh";
    static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    static TestMongo mongo;
    static MongoDirectory directory;

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
        directory = new MongoDirectory(mongo.database());
        directory.saveUnit(new Unit(DISTRICT, UnitType.DISTRICT, "Huyện Cầu Ngang", null));
        directory.saveUnit(new Unit(NT, UnitType.COMMITTEE, "Xã Nhị Trường", DISTRICT));
        directory.saveUnit(new Unit(NT_B1, UnitType.BRANCH, "Chi bộ ấp Một", NT));
        directory.saveUnit(new Unit(HH, UnitType.COMMITTEE, "Xã Hiệp Hòa", DISTRICT));
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    static void deliver(CabinetFiguresProjection projection, CabinetEvent... events) {
        long seq = 0;
        for (CabinetEvent e : events) {
            projection.on(e, seq++);
        }
    }

    @Test
    void cabinetsOfACommuneAndItsBranchesAddUpAndRedeliveryChangesNothing() {
        CabinetFiguresProjection projection = new CabinetFiguresProjection(mongo.database());
        projection.reset();
        CabinetEvent[] commune = {
                new CabinetOpened("c1", NT, "u", AT, "Tủ sách xã", "Phòng đọc", true),
                new TitleCatalogued("c1", NT, "k", AT, "t1", null, "Đường Kách mệnh", "Hồ Chí Minh", null, null,
                        "LY_LUAN_CHINH_TRI", TitleSource.DE_AN, "A1", List.of("TS-00001", "TS-00002", "TS-00003")),
                new CopyLent("c1", NT, "k", AT, "l1", "TS-00001", "r1", LocalDate.parse("2026-03-15")),
                new CopyDeclaredLost("c1", NT, "k", AT, "TS-00002", null, null),
                new CopyDeclaredLost("c1", NT, "k", AT, "TS-00003", null, null),
                new CopyFound("c1", NT, "k", AT, "TS-00003"),
                new CopyWrittenOff("c1", NT, "u", AT, "TS-00002", null)};
        deliver(projection, commune);
        deliver(projection, commune); // a redelivery
        deliver(projection, new CabinetOpened("c2", NT_B1, "u", AT, "Tủ sách ấp", "Văn phòng ấp", false),
                new TitleCatalogued("c2", NT_B1, "k", AT, "t2", null, "Dế Mèn phiêu lưu ký", "Tô Hoài", null, null,
                        "THIEU_NHI", TitleSource.DONATION, null, List.of("TS-00001")));

        FiguresReader.Tree tree = new FiguresReader(mongo.database(), directory).read(directory.unit(DISTRICT).orElseThrow(), List.of(2026, 2025));

        assertThat(tree.of(NT, 2026).breakdown("cabinets")).isEqualTo(Map.of("cabinets", 2, "cabinetsReachable", 1,
                "titles", 2, "copies", 3, "copiesLost", 0, "loans", 1));
        assertThat(tree.of(NT_B1, 2026).breakdown("cabinets")).containsEntry("cabinets", 1).containsEntry("copies", 1);
        assertThat(tree.of(HH, 2026).breakdown("cabinets")).containsEntry("cabinets", 0);
        assertThat(tree.of(DISTRICT, 2026).breakdown("cabinets")).containsEntry("cabinets", 2).containsEntry("copies", 3);
        assertThat(tree.of(DISTRICT, 2025).breakdown("cabinets")).containsEntry("loans", 0);
        assertThat(tree.of(DISTRICT, 2026).asMap()).containsKey("cabinets");
    }
}
