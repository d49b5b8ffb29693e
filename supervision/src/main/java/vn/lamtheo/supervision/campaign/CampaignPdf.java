package vn.lamtheo.supervision.campaign;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.lamtheo.platform.web.PdfFonts;

import java.io.ByteArrayOutputStream;

/** The campaign report as a PDF in the same layout as the Word file, set in the DejaVu fonts shipped in the jar. */
final class CampaignPdf {

    private CampaignPdf() {
    }

    static byte[] write(CampaignDocument doc) {
        BaseFont regular = PdfFonts.regular();
        BaseFont heavy = PdfFonts.bold();
        Font bold = new Font(heavy, 11);
        Font text = new Font(regular, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            PdfPTable head = new PdfPTable(2);
            head.setWidthPercentage(100);
            head.addCell(cell(doc.issuer() + "\n" + doc.issuingBody(), bold));
            head.addCell(cell(CampaignDocument.PARTY, bold));
            head.addCell(cell(doc.number(), text));
            head.addCell(cell(doc.placeAndDate(), text));
            pdf.add(head);
            Paragraph title = new Paragraph(doc.title(), new Font(heavy, 13));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(14);
            title.setSpacingAfter(10);
            pdf.add(title);
            for (CampaignDocument.Part part : doc.parts()) {
                Paragraph heading = new Paragraph(part.heading(), bold);
                heading.setSpacingBefore(8);
                pdf.add(heading);
                for (String line : part.paragraphs()) {
                    Paragraph p = new Paragraph(line, text);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(18);
                    pdf.add(p);
                }
            }
            PdfPTable sign = new PdfPTable(2);
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(18);
            PdfPCell recipients = cell(doc.recipients(), new Font(regular, 9));
            recipients.setHorizontalAlignment(Element.ALIGN_LEFT);
            sign.addCell(recipients);
            sign.addCell(cell(doc.signatureOnBehalfOf() + "\n" + doc.signatureTitle(), bold));
            pdf.add(sign);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the campaign report PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }
}
