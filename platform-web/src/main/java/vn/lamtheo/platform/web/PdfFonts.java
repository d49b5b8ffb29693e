package vn.lamtheo.platform.web;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF Lamtheo writes (the supervision report, a person's data export): DejaVu Sans, which has
 * every Vietnamese glyph, embedded, from this module's resources.
 */
public final class PdfFonts {

    private static final String REGULAR = "fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "fonts/dejavu/DejaVuSans-Bold.ttf";

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return load(REGULAR);
    }

    public static BaseFont bold() {
        return load(BOLD);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
