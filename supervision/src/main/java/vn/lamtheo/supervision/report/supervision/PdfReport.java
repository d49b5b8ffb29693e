package vn.lamtheo.supervision.report.supervision;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.lamtheo.supervision.report.figures.FigureDocuments;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitRow;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;

/**
 * The report the supervision team hands to the standing committee: title, date, unit, the totals against the year
 * before, a table per child unit (communes of a district, branches of a commune), the year comparison and the
 * "ưu điểm / hạn chế" sentences. Text is set in DejaVu Sans, shipped inside the jar ({@code fonts/dejavu}, with
 * its licence) and embedded in the PDF as a subset, so Vietnamese prints the same on every machine.
 */
public final class PdfReport {

    public static final String FONT = "fonts/dejavu/DejaVuSans.ttf";
    public static final String BOLD_FONT = "fonts/dejavu/DejaVuSans-Bold.ttf";

    /** The columns of the per-unit table: the figures the supervision findings talk about. */
    static final java.util.List<String> UNIT_COLUMNS = java.util.List.of("members", "submitted", "submissionRate",
            "approved", "approvalRate", "revisionRequested", "flaggedAsCopied", "copyFlagRate", "withFindings", "models",
            "modelsFeatured", "modelsOverlapDanVanKheo", "modelsCarriedOverWithoutResults", "adoptions");

    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF1);

    private final ReportLabels labels;
    private final NumberFormat percent;
    private final Font title;
    private final Font bold;
    private final Font text;
    private final Font small;
    private final Font smallBold;

    public PdfReport(ReportLabels labels) {
        this.labels = labels;
        this.percent = NumberFormat.getPercentInstance(labels.locale());
        this.percent.setMaximumFractionDigits(1);
        BaseFont regular = font(FONT);
        BaseFont heavy = font(BOLD_FONT);
        this.title = new Font(heavy, 15);
        this.bold = new Font(heavy, 11);
        this.text = new Font(regular, 10);
        this.small = new Font(regular, 7.5f);
        this.smallBold = new Font(heavy, 7.5f);
    }

    /** A font shipped in the jar, embedded in the PDF (also used by the campaign report). */
    public static BaseFont font(String resource) {
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(SupervisionReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(labels.text("report.title") + " – " + report.unit().name() + " – " + report.year());
            document.addCreator("Lamtheo");
            document.open();

            Paragraph heading = new Paragraph(labels.text("report.title").toUpperCase(labels.locale()), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph subtitle = new Paragraph(labels.text("report.subtitle", String.valueOf(report.year())), bold);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(8);
            document.add(subtitle);
            document.add(line("report.heading.unit", report.unit().name() + " (" + labels.level(report.unit().type()) + ")"));
            document.add(line("report.heading.year", String.valueOf(report.year())));
            document.add(line("report.heading.date", DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .format(report.generatedAt().atZone(FigureDocuments.ZONE))));

            section(document, labels.text("report.heading.totals"));
            document.add(totalsTable(report));

            if (!report.units().isEmpty()) {
                section(document, labels.text("report.heading.units") + " – " + labels.level(report.units().get(0).type()));
                document.add(unitsTable(report));
                section(document, labels.text("report.heading.comparison", String.valueOf(report.previousYear())));
                document.add(comparisonTable(report));
            }

            section(document, labels.text("report.heading.strengths"));
            document.add(sentences(report.assessment().strengths()));
            section(document, labels.text("report.heading.weaknesses"));
            document.add(sentences(report.assessment().weaknesses()));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF report", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(labels.text(labelKey) + ": ", bold));
        line.add(new Chunk(value, text));
        return line;
    }

    private void section(Document document, String name) throws DocumentException {
        Paragraph p = new Paragraph(name, bold);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private PdfPTable totalsTable(SupervisionReport report) {
        PdfPTable table = new PdfPTable(new float[]{5, 2, 2});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        head(table, "", small);
        head(table, String.valueOf(report.year()), small);
        head(table, String.valueOf(report.previousYear()), small);
        java.util.List<String> rows = new ArrayList<>(UNIT_COLUMNS);
        rows.addAll(java.util.List.of("evaluated", "findingMissingDuties", "findingNoShortcomings",
                "findingActionsWithoutTarget", "findingSelfCopy", "modelsRetired"));
        for (String key : rows) {
            cell(table, labels.column(key), small, Element.ALIGN_LEFT);
            cell(table, value(report.totals(), key), small, Element.ALIGN_RIGHT);
            cell(table, value(report.previousTotals(), key), small, Element.ALIGN_RIGHT);
        }
        report.totals().breakdown("modelsByField").forEach((field, n) -> {
            cell(table, labels.text("report.heading.byField") + ": " + labels.field(field), small, Element.ALIGN_LEFT);
            cell(table, String.valueOf(n), small, Element.ALIGN_RIGHT);
            cell(table, String.valueOf(report.previousTotals().breakdown("modelsByField").getOrDefault(field, 0)), small, Element.ALIGN_RIGHT);
        });
        return table;
    }

    private PdfPTable unitsTable(SupervisionReport report) {
        float[] widths = new float[UNIT_COLUMNS.size() + 1];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        head(table, labels.text("report.unit"), smallBold);
        UNIT_COLUMNS.forEach(c -> head(table, labels.column(c), smallBold));
        for (UnitRow unit : report.units()) {
            cell(table, unit.name(), small, Element.ALIGN_LEFT);
            UNIT_COLUMNS.forEach(c -> cell(table, value(unit.figures(), c), small, Element.ALIGN_RIGHT));
        }
        cell(table, labels.text("report.total"), smallBold, Element.ALIGN_LEFT);
        UNIT_COLUMNS.forEach(c -> cell(table, value(report.totals(), c), smallBold, Element.ALIGN_RIGHT));
        return table;
    }

    private PdfPTable comparisonTable(SupervisionReport report) {
        java.util.List<String> compared = java.util.List.of("submissionRate", "approvalRate", "flaggedAsCopied", "models");
        float[] widths = new float[1 + compared.size() * 2];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.4f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        head(table, labels.text("report.unit"), smallBold);
        for (String c : compared) {
            head(table, labels.column(c) + " " + report.previousYear(), smallBold);
            head(table, labels.column(c) + " " + report.year(), smallBold);
        }
        java.util.List<UnitRow> rows = new ArrayList<>(report.units());
        rows.add(new UnitRow(report.unit().unitId(), labels.text("report.total"), report.unit().type(), null,
                report.totals(), report.previousTotals()));
        for (UnitRow unit : rows) {
            cell(table, unit.name(), small, Element.ALIGN_LEFT);
            for (String c : compared) {
                cell(table, value(unit.previous(), c), small, Element.ALIGN_RIGHT);
                cell(table, value(unit.figures(), c), small, Element.ALIGN_RIGHT);
            }
        }
        return table;
    }

    private List sentences(java.util.List<String> sentences) {
        List list = new List(false, 12);
        list.setListSymbol(new Chunk("–", text));
        if (sentences.isEmpty()) {
            list.add(new ListItem("…", text));
        }
        sentences.forEach(s -> list.add(new ListItem(s, text)));
        return list;
    }

    private String value(Figures figures, String key) {
        if (Figures.RATES.contains(key)) {
            Double rate = figures.rate(key);
            return rate == null ? "–" : percent.format(rate);
        }
        return String.valueOf(figures.get(key));
    }

    private static void head(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(HEADER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2.5f);
        table.addCell(cell);
    }
}
