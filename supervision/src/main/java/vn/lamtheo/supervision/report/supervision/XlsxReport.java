package vn.lamtheo.supervision.report.supervision;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

/**
 * The report as a workbook: one sheet per level (the unit itself, its children, their children), a comparison
 * sheet with the year before, and the assessment. Header rows are frozen, counts are numbers and rates are
 * numbers formatted as percentages, so the supervision team can sort and sum in Excel.
 */
public final class XlsxReport {

    private final ReportLabels labels;

    public XlsxReport(ReportLabels labels) {
        this.labels = labels;
    }

    public byte[] write(SupervisionReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            List<String> fields = fields(report);

            UnitRow self = new UnitRow(report.unit().unitId(), report.unit().name(), report.unit().type(), null,
                    report.totals(), report.previousTotals());
            levelSheet(book, styles, labels.level(report.unit().type()), List.of(self), null, fields);
            if (!report.units().isEmpty()) {
                levelSheet(book, styles, labels.level(report.units().get(0).type()), report.units(), null, fields);
            }
            if (!report.subunits().isEmpty()) {
                levelSheet(book, styles, labels.level(report.subunits().get(0).type()), report.subunits(),
                        labels.level(report.units().get(0).type()), fields);
            }
            comparisonSheet(book, styles, report);
            assessmentSheet(book, styles, report);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every model field any unit of the report has, for the "models by field" columns. */
    private static List<String> fields(SupervisionReport report) {
        TreeSet<String> fields = new TreeSet<>(report.totals().breakdown("modelsByField").keySet());
        report.units().forEach(u -> fields.addAll(u.figures().breakdown("modelsByField").keySet()));
        report.subunits().forEach(u -> fields.addAll(u.figures().breakdown("modelsByField").keySet()));
        return new ArrayList<>(fields);
    }

    /** @param parentHeading the heading of a second column naming each row's parent unit, or null for none */
    private void levelSheet(XSSFWorkbook book, Styles styles, String name, List<UnitRow> rows, String parentHeading,
                            List<String> fields) {
        boolean withParent = parentHeading != null;
        Sheet sheet = book.createSheet(uniqueName(book, name));
        List<String> headings = new ArrayList<>();
        headings.add(labels.text("report.unit"));
        if (withParent) {
            headings.add(parentHeading);
        }
        Figures.allCounts().forEach(c -> headings.add(labels.column(c)));
        Figures.RATES.forEach(r -> headings.add(labels.column(r)));
        fields.forEach(f -> headings.add(labels.text("report.heading.byField") + ": " + labels.field(f)));
        header(sheet, styles, headings);

        int r = 1;
        for (UnitRow unit : rows) {
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(unit.name());
            if (withParent) {
                row.createCell(c++).setCellValue(unit.parentName());
            }
            for (String count : Figures.allCounts()) {
                row.createCell(c++).setCellValue(unit.figures().get(count));
            }
            for (String rate : Figures.RATES) {
                percent(row.createCell(c++), unit.figures().rate(rate), styles);
            }
            for (String field : fields) {
                row.createCell(c++).setCellValue(unit.figures().breakdown("modelsByField").getOrDefault(field, 0));
            }
        }
        finish(sheet, headings.size(), withParent ? 2 : 1);
    }

    private void comparisonSheet(XSSFWorkbook book, Styles styles, SupervisionReport report) {
        Sheet sheet = book.createSheet(uniqueName(book, labels.text("report.heading.comparison", String.valueOf(report.previousYear()))));
        List<String> compared = List.of(SUBMITTED.field(), APPROVED.field(), FLAGGED_AS_COPIED.field(),
                WITH_FINDINGS.field(), "models", "modelsFeatured", "adoptions");
        List<String> headings = new ArrayList<>(List.of(labels.text("report.unit")));
        for (String count : compared) {
            headings.add(labels.column(count) + " " + report.previousYear());
            headings.add(labels.column(count) + " " + report.year());
        }
        headings.add(labels.column("submissionRate") + " " + report.previousYear());
        headings.add(labels.column("submissionRate") + " " + report.year());
        headings.add(labels.text("report.change"));
        header(sheet, styles, headings);
        List<UnitRow> rows = new ArrayList<>(report.units());
        rows.add(new UnitRow(report.unit().unitId(), labels.text("report.total"), report.unit().type(), null,
                report.totals(), report.previousTotals()));
        int r = 1;
        for (UnitRow unit : rows) {
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(unit.name());
            for (String count : compared) {
                row.createCell(c++).setCellValue(unit.previous().get(count));
                row.createCell(c++).setCellValue(unit.figures().get(count));
            }
            Double before = unit.previous().rate("submissionRate");
            Double now = unit.figures().rate("submissionRate");
            percent(row.createCell(c++), before, styles);
            percent(row.createCell(c++), now, styles);
            percent(row.createCell(c), before == null || now == null ? null : now - before, styles);
        }
        finish(sheet, headings.size(), 1);
    }

    private void assessmentSheet(XSSFWorkbook book, Styles styles, SupervisionReport report) {
        Sheet sheet = book.createSheet(uniqueName(book, labels.text("report.heading.strengths") + " – "
                + labels.text("report.heading.weaknesses")));
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(labels.text("report.title") + " – " + report.unit().name() + " – " + report.year());
        title.getCell(0).setCellStyle(styles.bold);
        r++;
        for (var part : List.of(List.of("report.heading.strengths", report.assessment().strengths()),
                List.of("report.heading.weaknesses", report.assessment().weaknesses()))) {
            Row heading = sheet.createRow(r++);
            heading.createCell(0).setCellValue(labels.text((String) part.get(0)));
            heading.getCell(0).setCellStyle(styles.bold);
            @SuppressWarnings("unchecked")
            List<String> sentences = (List<String>) part.get(1);
            for (String sentence : sentences) {
                sheet.createRow(r++).createCell(0).setCellValue("– " + sentence);
            }
            r++;
        }
        sheet.setColumnWidth(0, 160 * 256);
    }

    private static void header(Sheet sheet, Styles styles, List<String> headings) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(styles.header);
        }
        row.setHeightInPoints(48);
    }

    private static void percent(Cell cell, Double value, Styles styles) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.percent);
        }
    }

    private static void finish(Sheet sheet, int columns, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, (i < frozenColumns ? 30 : 14) * 256);
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
    }

    private static String uniqueName(XSSFWorkbook book, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; book.getSheet(name) != null; i++) {
            name = WorkbookUtil.createSafeSheetName(base + " " + i);
        }
        return name;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;
        final CellStyle bold;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            bold = book.createCellStyle();
            bold.setFont(boldFont);
        }
    }
}
