package vn.lamtheo.supervision.report.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import vn.lamtheo.platform.directory.MongoDirectory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelKind;
import vn.lamtheo.kernel.events.model.ModelSubmitted;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.DeniedAccessLog;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.security.ScopedAccessPolicy;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;
import vn.lamtheo.supervision.report.figures.FiguresReader;
import vn.lamtheo.supervision.report.figures.ReportFiguresProjection;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionReportsTest {

    static final String DISTRICT = "cau-ngang";
    static final String NT = "cau-ngang/nhi-truong";
    static final String NT_B1 = "cau-ngang/nhi-truong/ap-mot";
    static final String HH = "cau-ngang/hiep-hoa";
    static final String HH_B1 = "cau-ngang/hiep-hoa/ap-hai";
    static final Locale VI = Locale.forLanguageTag("vi");

    static TestMongo mongo;
    static SupervisionReports reports;
    static ResourceBundleMessageSource messages;

    static final Actor SUPERVISOR = new Actor("sup", "supervisor", DISTRICT, Set.of(Role.SUPERVISOR));
    static final Actor CURATOR = new Actor("cur", "curator", DISTRICT, Set.of(Role.DISTRICT_CURATOR));
    static final Actor COMMITTEE = new Actor("c1", "committee1", NT, Set.of(Role.COMMITTEE_OFFICER));
    static final Actor SECRETARY = new Actor("s1", "secretary1", NT_B1, Set.of(Role.BRANCH_SECRETARY, Role.MEMBER));

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
        MongoDirectory directory = new MongoDirectory(mongo.database());
        directory.saveUnit(new Unit(DISTRICT, UnitType.DISTRICT, "Huyện Cầu Ngang", null));
        directory.saveUnit(new Unit(NT, UnitType.COMMITTEE, "Xã Nhị Trường", DISTRICT));
        directory.saveUnit(new Unit(NT_B1, UnitType.BRANCH, "Chi bộ ấp Là Bang Chóp", NT));
        directory.saveUnit(new Unit(HH, UnitType.COMMITTEE, "Xã Hiệp Hòa", DISTRICT));
        directory.saveUnit(new Unit(HH_B1, UnitType.BRANCH, "Chi bộ ấp Sóc Ruộng", HH));
        for (int i = 1; i <= 4; i++) {
            directory.savePerson(new Person("nt" + i, "Người " + i, NT_B1, Set.of(Role.MEMBER)));
            directory.savePerson(new Person("hh" + i, "Người " + i, HH_B1, Set.of(Role.MEMBER)));
        }
        ReportFiguresProjection projection = new ReportFiguresProjection(mongo.database(), directory);
        projection.reset();
        TemplateFinding noDuties = new TemplateFinding("DUTIES_NOT_MENTIONED", "thucHienChucTrachNhiemVu", "h", "m");
        for (int i = 1; i <= 4; i++) {
            PledgeEvents p = new PledgeEvents("pl-nt" + i, "nt" + i, NT_B1, NT, 2026);
            projection.on(p.drafted());
            projection.on(p.submitted(noDuties));
            if (i <= 2) {
                projection.on(p.flagged("s1", "pl-nt3"));
            } else {
                projection.on(p.approved("s1"));
            }
        }
        PledgeEvents hh = new PledgeEvents("pl-hh1", "hh1", HH_B1, HH, 2026);
        projection.on(hh.imported(PledgeStatus.APPROVED));
        PledgeEvents hhOld = new PledgeEvents("pl-hh0", "hh1", HH_B1, HH, 2025);
        projection.on(hhOld.imported(PledgeStatus.APPROVED));
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        projection.on(new ModelDrafted("mo-1", NT_B1, "nt1", at, new ModelContent("Mô hình nuôi tôm", "KINH_TE", ModelKind.COLLECTIVE, 2026, null)), 0L);
        projection.on(new ModelSubmitted("mo-1", NT_B1, "nt1", at), 1L);

        messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("clock",
                Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC)));
        reports = new SupervisionReports(directory, new ScopedAccessPolicy(directory, new DeniedAccessLog()),
                new FiguresReader(mongo.database(), directory), messages, beans.getBeanProvider(Clock.class));
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void the_district_report_has_totals_and_one_entry_per_commune_under_the_fixed_names() throws Exception {
        SupervisionReport report = reports.report(SUPERVISOR, null, null, VI);
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(report);

        assertThat(json.path("year").asInt()).isEqualTo(2026);
        assertThat(json.at("/unit/unitId").asText()).isEqualTo(DISTRICT);
        JsonNode totals = json.path("totals");
        assertThat(totals.path("members").asInt()).isEqualTo(8);
        assertThat(totals.path("drafted").asInt()).isEqualTo(5);
        assertThat(totals.path("submitted").asInt()).isEqualTo(5);
        assertThat(totals.path("approved").asInt()).isEqualTo(3);
        assertThat(totals.path("flaggedAsCopied").asInt()).isEqualTo(2);
        for (String name : new String[]{"revisionRequested", "suspectedDismissed", "evaluated", "findingMissingDuties",
                "models", "modelsOverlapDanVanKheo", "modelsCarriedOverWithoutResults", "adoptions"}) {
            assertThat(totals.has(name)).as(name).isTrue();
        }
        assertThat(totals.path("findingMissingDuties").asInt()).isEqualTo(4);
        assertThat(totals.path("submissionRate").asDouble()).isEqualTo(0.625);
        assertThat(totals.at("/modelsByField/KINH_TE").asInt()).isEqualTo(1);

        JsonNode units = json.path("units");
        assertThat(units.size()).isEqualTo(2);
        JsonNode nt = units.get(1);
        assertThat(nt.path("unitId").asText()).isEqualTo(NT);
        assertThat(nt.path("name").asText()).isEqualTo("Xã Nhị Trường");
        assertThat(nt.path("submitted").asInt()).isEqualTo(4);
        assertThat(nt.path("copyFlagRate").asDouble()).isEqualTo(0.5);
        assertThat(units.get(0).at("/previousYear/approved").asInt()).isEqualTo(1);
        assertThat(json.has("subunits")).isFalse();

        assertThat(report.assessment().weaknesses())
                .anySatisfy(s -> assertThat(s).contains("sao chép cao nhất").contains("Xã Nhị Trường (50%)"))
                .anySatisfy(s -> assertThat(s).contains("4 bản không gắn với chức trách"));
        assertThat(report.assessment().strengths()).anySatisfy(s -> assertThat(s).contains("cao nhất: Xã Nhị Trường (100%)"));
    }

    @Test
    void scope_follows_the_readers_role_and_unit() {
        assertThat(reports.report(CURATOR, 2026, null, VI).units()).hasSize(2);

        SupervisionReport commune = reports.report(COMMITTEE, 2026, null, VI);
        assertThat(commune.unit().unitId()).isEqualTo(NT);
        assertThat(commune.units()).extracting(SupervisionReport.UnitRow::unitId).containsExactly(NT_B1);
        assertThat(commune.totals().get("submitted")).isEqualTo(4);

        assertThatThrownBy(() -> reports.report(COMMITTEE, 2026, DISTRICT, VI)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(COMMITTEE, 2026, HH, VI)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(SUPERVISOR, 2026, "cau-ngang/khong-co", VI)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(SECRETARY, 2026, NT_B1, VI))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void the_xlsx_has_a_sheet_per_level_with_frozen_headers_numbers_and_percentages() throws Exception {
        SupervisionReport report = reports.report(SUPERVISOR, 2026, null, VI);
        byte[] xlsx = new XlsxReport(new ReportLabels(messages, VI)).write(report);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Cấp huyện");
            assertThat(book.getSheetName(1)).isEqualTo("Cấp xã");
            assertThat(book.getSheetName(2)).isEqualTo("Chi bộ");
            Sheet communes = book.getSheetAt(1);
            assertThat(communes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(communes.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = communes.getRow(0);
            int submitted = column(header, "Đã nộp");
            int rate = column(header, "Tỷ lệ sao chép");
            Row nt = communes.getRow(2);
            assertThat(nt.getCell(0).getStringCellValue()).isEqualTo("Xã Nhị Trường");
            assertThat(nt.getCell(submitted).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(nt.getCell(submitted).getNumericCellValue()).isEqualTo(4);
            Cell copyRate = nt.getCell(rate);
            assertThat(copyRate.getNumericCellValue()).isEqualTo(0.5);
            assertThat(copyRate.getCellStyle().getDataFormatString()).contains("%");
            assertThat(book.getSheetAt(2).getRow(1).getCell(1).getStringCellValue()).isIn("Xã Hiệp Hòa", "Xã Nhị Trường");
        }
    }

    @Test
    void the_pdf_embeds_a_vietnamese_font_and_reads_back_with_pdfbox() throws Exception {
        SupervisionReport report = reports.report(SUPERVISOR, 2026, null, VI);
        byte[] pdf = new PdfReport(new ReportLabels(messages, VI)).write(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nhị Trường", "Hiệp Hòa", "Huyện Cầu Ngang", "Ưu điểm", "Hạn chế",
                    "BÁO CÁO GIÁM SÁT", "30/11/2026");
            Set<String> fonts = new HashSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
        }
    }

    @Test
    void the_sentences_exist_in_english_too() {
        SupervisionReport report = reports.report(SUPERVISOR, 2026, null, Locale.ENGLISH);
        assertThat(report.assessment().weaknesses()).anySatisfy(s -> assertThat(s).startsWith("Units with the highest share"));
    }

    private static int column(Row header, String heading) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading);
    }
}
