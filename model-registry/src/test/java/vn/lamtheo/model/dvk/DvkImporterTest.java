package vn.lamtheo.model.dvk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.model.overlap.OverlapEngine;
import vn.lamtheo.model.overlap.OverlapText;
import vn.lamtheo.model.testsupport.MongoTestSupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DvkImporterTest {

    @TempDir
    Path dir;
    MongoTestSupport mongo;
    DvkCatalog catalog;
    List<String> indexed = new ArrayList<>();
    DvkImporter importer;

    @BeforeEach
    void setUp() {
        mongo = new MongoTestSupport(dir);
        catalog = new DvkCatalog(mongo.database());
        importer = new DvkImporter(catalog, new OverlapEngine() {
            public void index(OverlapText text) { indexed.add(text.key()); }
            public void remove(OverlapSource source, String id) { }
            public void removeAll(OverlapSource source) { }
            public List<OverlapFinding> findOverlaps(OverlapText text) { return List.of(); }
        });
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void importsCsvWithQuotedCommasAndLineBreaksAndReportsBadLines() {
        String csv = """
                id,title,unit,year,field,description
                dvk-1,"Hũ gạo tình thương, chi hội phụ nữ",Hội Phụ nữ xã Hiệp Hòa,2022,VAN_HOA_XA_HOI,"Mỗi ngày bớt một nắm gạo.
                Cuối tháng trao cho hộ nghèo, ""người già neo đơn""."
                dvk-2,,Đoàn xã,2023,,Thiếu tên
                dvk-3,Thắp sáng đường quê,Đoàn xã Hiệp Mỹ Đông,năm ngoái,NONG_THON_MOI,
                dvk-4,Tổ hòa giải ở cơ sở,Ban Dân vận,2024,,
                """;
        DvkImporter.Result result = importer.importCsv(csv);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.errors()).extracting(DvkImporter.LineError::line).containsExactly(4, 5);
        DvkEntry entry = catalog.find("dvk-1").orElseThrow();
        assertThat(entry.title()).isEqualTo("Hũ gạo tình thương, chi hội phụ nữ");
        assertThat(entry.description()).contains("\"người già neo đơn\"").contains("\n");
        assertThat(entry.year()).isEqualTo(2022);
        assertThat(indexed).containsExactly("DAN_VAN_KHEO:dvk-1", "DAN_VAN_KHEO:dvk-4");
    }

    @Test
    void jsonLinesImportIsIdempotentByIdAndUpdatesChangedEntries() {
        String body = """
                {"id":"dvk-1","title":"Hũ gạo tình thương","unit":"Hội Phụ nữ","year":2022,"field":"VAN_HOA_XA_HOI","description":"Bớt một nắm gạo."}
                not json
                {"title":"Không có id"}
                """;
        assertThat(importer.importJsonLines(body).imported()).isEqualTo(1);
        DvkImporter.Result again = importer.importJsonLines(body);
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.errors()).extracting(DvkImporter.LineError::line).containsExactly(2, 3);
        DvkImporter.Result changed = importer.importJsonLines(body.replace("Bớt một nắm gạo.", "Bớt hai nắm gạo."));
        assertThat(changed.imported()).isEqualTo(1);
        assertThat(catalog.find("dvk-1").orElseThrow().description()).isEqualTo("Bớt hai nắm gạo.");
        assertThat(indexed).hasSize(2);
    }
}
