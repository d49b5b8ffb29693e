package vn.lamtheo.platform.security.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import vn.lamtheo.platform.web.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * The export as a PDF a person can read: the same content as the JSON, written as headed, indented lines (a field's
 * name, then its value; long texts such as a pledge's sections as paragraphs), in {@link PdfFonts}.
 */
final class PersonalDataPdf {

    private static final float INDENT = 12;

    private final Font title;
    private final Font heading;
    private final Font name;
    private final Font text;

    PersonalDataPdf() {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        this.title = new Font(bold, 15);
        this.heading = new Font(bold, 12);
        this.name = new Font(bold, 9.5f);
        this.text = new Font(regular, 9.5f);
    }

    byte[] write(JsonNode export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Dữ liệu cá nhân trong Lamtheo / Personal data held by Lamtheo");
            document.addCreator("Lamtheo");
            document.open();
            document.add(new Paragraph("DỮ LIỆU CÁ NHÂN TRONG LAMTHEO / PERSONAL DATA HELD BY LAMTHEO", title));
            document.add(line(0, "exportedAt", export.path("exportedAt").asText()));
            section(document, "person", export.path("person"));
            for (Iterator<Map.Entry<String, JsonNode>> it = export.path("sections").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> part = it.next();
                section(document, part.getKey(), part.getValue());
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the personal data PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void section(Document document, String key, JsonNode value) {
        Paragraph head = new Paragraph(key, heading);
        head.setSpacingBefore(10);
        document.add(head);
        node(document, 0, value);
    }

    private void node(Document document, int depth, JsonNode value) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull() || field.getValue().isMissingNode()
                        || (field.getValue().isContainerNode() && field.getValue().isEmpty())) {
                    continue;
                }
                if (field.getValue().isValueNode()) {
                    document.add(line(depth, field.getKey(), field.getValue().asText()));
                } else {
                    document.add(line(depth, field.getKey(), ""));
                    node(document, depth + 1, field.getValue());
                }
            }
        } else if (value.isArray()) {
            int i = 1;
            for (JsonNode item : value) {
                if (item.isValueNode()) {
                    document.add(line(depth, "•", item.asText()));
                } else {
                    document.add(line(depth, "#" + i, ""));
                    node(document, depth + 1, item);
                }
                i++;
            }
        } else if (!value.isNull() && !value.isMissingNode()) {
            document.add(line(depth, "", value.asText()));
        }
    }

    private Paragraph line(int depth, String key, String value) {
        Paragraph line = new Paragraph();
        line.setIndentationLeft(depth * INDENT);
        if (!key.isEmpty()) {
            line.add(new com.lowagie.text.Chunk(key + (value.isEmpty() ? "" : ": "), name));
        }
        line.add(new com.lowagie.text.Chunk(value, text));
        return line;
    }
}
