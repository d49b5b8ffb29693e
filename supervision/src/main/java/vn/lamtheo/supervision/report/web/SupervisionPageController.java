package vn.lamtheo.supervision.report.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.platform.web.page.NavItem;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.supervision.ReportLabels;
import vn.lamtheo.supervision.report.supervision.SupervisionFiles;
import vn.lamtheo.supervision.report.supervision.SupervisionReport;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitRow;
import vn.lamtheo.supervision.report.supervision.SupervisionReports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

/**
 * The supervision dashboard ({@code /reports/supervision}): the table per commune (or per branch for a commune)
 * with sortable columns, charts drawn as SVG on the server, the year comparison and the generated assessment,
 * with the XLSX and PDF of the same report one click away. Same scope as the API.
 */
@PageController
public class SupervisionPageController {

    /** The table's columns, in the order the supervision findings discuss them. */
    public static final List<String> COLUMNS = List.of("members", SUBMITTED.field(), "submissionRate",
            APPROVED.field(), "approvalRate", REVISION_REQUESTED.field(), FLAGGED_AS_COPIED.field(), "copyFlagRate",
            SUSPECTED_DISMISSED.field(), EVALUATED.field(), WITH_FINDINGS.field(), "models", "modelsFeatured",
            "modelsOverlapDanVanKheo", "modelsCarriedOverWithoutResults", "adoptions");

    /** The cards above the table. */
    static final List<String> CARDS = List.of("members", SUBMITTED.field(), "submissionRate", APPROVED.field(),
            FLAGGED_AS_COPIED.field(), "models", "adoptions");

    /** The counts the year comparison sets side by side, after the submission rate. */
    static final List<String> COMPARED = List.of(FLAGGED_AS_COPIED.field(), "models");

    private final SupervisionReports reports;
    private final SupervisionFiles files;
    private final Directory directory;
    private final MessageSource messages;

    public SupervisionPageController(SupervisionReports reports, SupervisionFiles files, Directory directory,
                                     MessageSource messages) {
        this.reports = reports;
        this.files = files;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/reports/supervision")
    public String supervision(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unitId,
                              Model model, Locale locale) {
        PageUser me = PageUser.required(model);
        SupervisionReport report = reports.report(me.actor(), year, unitId, locale);
        ReportLabels labels = new ReportLabels(messages, locale);

        model.addAttribute("report", report);
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("cards", CARDS);
        model.addAttribute("compared", COMPARED);
        model.addAttribute("noPledges", report.totals().get(SUBMITTED) == 0);
        model.addAttribute("rates", Figures.RATES);
        model.addAttribute("charts", charts(report, labels, locale));
        int current = reports.currentYear();
        model.addAttribute("years", IntStream.rangeClosed(0, 5).mapToObj(i -> current - i).toList());
        List<Unit> scope = scopeUnits(me);
        model.addAttribute("scopeUnits", scope);
        model.addAttribute("scopeIds", scope.stream().map(Unit::id).toList());
        model.addAttribute("drillable", report.units().stream().filter(u -> !isLeafType(u.type())).map(UnitRow::unitId).toList());
        model.addAttribute("xlsxUrl", download("/reports/supervision.xlsx", report, locale));
        model.addAttribute("pdfUrl", download("/reports/supervision.pdf", report, locale));
        return "report/supervision";
    }

    /**
     * The dashboard's Excel button. The page's own address, not {@code /api/...}: the API takes HTTP Basic only, and a
     * browser signed in through the login form carries a session instead.
     */
    @GetMapping("/reports/supervision.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String unitId,
                                       @RequestParam(required = false) String lang, Model model) {
        return files.xlsx(PageUser.required(model).actor(), year, unitId, lang);
    }

    /** The dashboard's PDF button; see {@link #xlsx}. */
    @GetMapping("/reports/supervision.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String unitId,
                                      @RequestParam(required = false) String lang, Model model) {
        return files.pdf(PageUser.required(model).actor(), year, unitId, lang);
    }

    private Map<String, String> charts(SupervisionReport report, ReportLabels labels, Locale locale) {
        SvgCharts svg = new SvgCharts(locale);
        List<String> names = report.units().stream().map(UnitRow::name).toList();
        Map<String, String> charts = new LinkedHashMap<>();
        if (!report.units().isEmpty()) {
            charts.put("submission", svg.bars("chart-submission", labels.text("report.chart.submission"), names, List.of(
                    new SvgCharts.Series(labels.column("submissionRate"), rates(report.units(), "submissionRate", false)),
                    new SvgCharts.Series(labels.column("approvalRate"), rates(report.units(), "approvalRate", false))), true));
            charts.put("copy", svg.bars("chart-copy", labels.text("report.chart.copy"), names, List.of(
                    new SvgCharts.Series(labels.column("copyFlagRate"), rates(report.units(), "copyFlagRate", false))), true));
            charts.put("comparison", svg.bars("chart-comparison", labels.text("report.chart.comparison",
                    String.valueOf(report.year()), String.valueOf(report.previousYear())), names, List.of(
                    new SvgCharts.Series(String.valueOf(report.previousYear()), rates(report.units(), "submissionRate", true)),
                    new SvgCharts.Series(String.valueOf(report.year()), rates(report.units(), "submissionRate", false))), true));
        }
        Map<String, Integer> byField = report.totals().breakdown("modelsByField");
        List<String> fields = new ArrayList<>(byField.keySet());
        charts.put("fields", svg.bars("chart-fields", labels.text("report.chart.fields"),
                fields.stream().map(labels::field).toList(), List.of(new SvgCharts.Series(labels.column("models"),
                        fields.stream().map(f -> (double) byField.get(f)).toList())), false));
        return charts;
    }

    private static List<Double> rates(List<UnitRow> units, String rate, boolean previous) {
        return units.stream().map(u -> (previous ? u.previous() : u.figures()).rate(rate)).toList();
    }

    /** The reader's own unit and the units directly below it, for the unit selector. */
    private List<Unit> scopeUnits(PageUser me) {
        List<Unit> units = new ArrayList<>();
        directory.unit(me.actor().unitId()).ifPresent(units::add);
        units.addAll(directory.children(me.actor().unitId()));
        return units;
    }

    private static boolean isLeafType(String type) {
        return UnitType.BRANCH.name().equals(type) || UnitType.CHAPTER.name().equals(type);
    }

    private static String download(String path, SupervisionReport report, Locale locale) {
        return UriComponentsBuilder.fromPath(path).queryParam("year", report.year())
                .queryParam("unitId", report.unit().unitId())
                .queryParam("lang", "en".equals(locale.getLanguage()) ? "en" : "vi")
                .encode().build().toUriString();
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem supervisionReportNav() {
            return new NavItem(60, "/reports/supervision", "nav.reports",
                    Set.of(Role.SUPERVISOR, Role.DISTRICT_CURATOR, Role.COMMITTEE_OFFICER));
        }
    }
}
