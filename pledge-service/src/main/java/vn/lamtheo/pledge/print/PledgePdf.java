package vn.lamtheo.pledge.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.lamtheo.platform.web.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A pledge on paper, in the layout party documents use: the issuing organisation top left, the letterhead
 * "ĐẢNG CỘNG SẢN VIỆT NAM" top right with the place and date line, the title, the member's particulars, each section
 * under its heading, then the signature blocks (the branch's confirmation by its secretary, the member). Set in
 * DejaVu Sans, which has every Vietnamese letter, embedded so that the diacritics print anywhere.
 */
final class PledgePdf {

    /** Shipped inside the application (supervision's report uses the same fonts). */

    /** What goes on the page, already in words. */
    record Sheet(String committeeName, String branchName, String place, LocalDate date, String title,
                 List<Fact> particulars, List<Fact> sections, String memberName) {
    }

    record Fact(String label, String text) {
    }

    private PledgePdf() {
    }

    static byte[] write(Sheet sheet) {
        BaseFont plain = PdfFonts.regular();
        BaseFont heavy = PdfFonts.bold();
        Font regular = new Font(plain, 11);
        Font bold = new Font(heavy, 11);
        Font title = new Font(heavy, 13);
        Font italic = new Font(plain, 10, Font.ITALIC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 45, 45, 45);
        try {
            PdfWriter.getInstance(document, out);
            document.open();

            PdfPTable head = new PdfPTable(new float[]{1, 1});
            head.setWidthPercentage(100);
            head.addCell(cell(List.of(
                    new Paragraph(upper(sheet.committeeName()), regular),
                    new Paragraph(upper(sheet.branchName()), bold),
                    new Paragraph("*", regular)), Element.ALIGN_CENTER));
            Paragraph party = new Paragraph();
            party.add(new Chunk("ĐẢNG CỘNG SẢN VIỆT NAM", bold).setUnderline(0.6f, -2f));
            head.addCell(cell(List.of(party,
                    new Paragraph(sheet.place() + ", ngày " + sheet.date().getDayOfMonth() + " tháng "
                            + sheet.date().getMonthValue() + " năm " + sheet.date().getYear(), italic)),
                    Element.ALIGN_CENTER));
            document.add(head);

            Paragraph heading = new Paragraph(sheet.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(18);
            heading.setSpacingAfter(12);
            document.add(heading);

            for (Fact fact : sheet.particulars()) {
                Paragraph line = new Paragraph();
                line.add(new Chunk(fact.label() + ": ", bold));
                line.add(new Chunk(orDots(fact.text()), regular));
                line.setSpacingAfter(3);
                document.add(line);
            }
            int number = 1;
            for (Fact section : sheet.sections()) {
                Paragraph label = new Paragraph(number++ + ". " + section.label(), bold);
                label.setSpacingBefore(8);
                document.add(label);
                Paragraph text = new Paragraph(orDots(section.text()), regular);
                text.setAlignment(Element.ALIGN_JUSTIFIED);
                text.setFirstLineIndent(18);
                document.add(text);
            }

            PdfPTable signatures = new PdfPTable(new float[]{1, 1});
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(24);
            signatures.setKeepTogether(true);
            signatures.addCell(cell(List.of(new Paragraph("XÁC NHẬN CỦA CHI BỘ", bold),
                    new Paragraph("BÍ THƯ", bold), new Paragraph("(Ký, ghi rõ họ tên)", italic),
                    new Paragraph("\n\n\n", regular)), Element.ALIGN_CENTER));
            signatures.addCell(cell(List.of(new Paragraph("NGƯỜI ĐĂNG KÝ", bold),
                    new Paragraph("(Ký, ghi rõ họ tên)", italic), new Paragraph("\n\n\n", regular),
                    new Paragraph(orDots(sheet.memberName()), bold)), Element.ALIGN_CENTER));
            document.add(signatures);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the pledge", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(List<Paragraph> lines, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        for (Paragraph line : lines) {
            line.setAlignment(alignment);
            cell.addElement(line);
        }
        return cell;
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static String orDots(String text) {
        return text == null || text.isBlank() ? "…………………………" : text;
    }
}
