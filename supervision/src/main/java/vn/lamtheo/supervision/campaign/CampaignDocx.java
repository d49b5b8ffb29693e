package vn.lamtheo.supervision.campaign;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The campaign report as a Word document the office edits (Apache POI XWPF), Times New Roman 13–14 as official
 * documents are set: the letterhead as a borderless two-column table, then the title, the parts and the signature.
 */
final class CampaignDocx {

    private static final String FONT = "Times New Roman";

    private CampaignDocx() {
    }

    static byte[] write(CampaignDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable head = word.createTable(2, 2);
            head.removeBorders();
            cell(head.getRow(0).getCell(0), doc.issuer() + "\n" + doc.issuingBody(), true);
            cell(head.getRow(0).getCell(1), CampaignDocument.PARTY, true);
            cell(head.getRow(1).getCell(0), doc.number(), false);
            cell(head.getRow(1).getCell(1), doc.placeAndDate(), false);

            paragraph(word, doc.title(), ParagraphAlignment.CENTER, true, 14);
            for (CampaignDocument.Part part : doc.parts()) {
                paragraph(word, part.heading(), ParagraphAlignment.LEFT, true, 13);
                part.paragraphs().forEach(p -> paragraph(word, p, ParagraphAlignment.BOTH, false, 13));
            }
            XWPFTable sign = word.createTable(1, 2);
            sign.removeBorders();
            cell(sign.getRow(0).getCell(0), doc.recipients(), false);
            cell(sign.getRow(0).getCell(1), doc.signatureOnBehalfOf() + "\n" + doc.signatureTitle(), true);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        lines(p, text, bold, 13);
    }

    private static void paragraph(XWPFDocument word, String text, ParagraphAlignment alignment, boolean bold, int size) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        lines(p, text, bold, size);
    }

    /** One run per line, with a line break between: Word shows "\n" inside a run as nothing. */
    private static void lines(XWPFParagraph p, String text, boolean bold, int size) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }
}
