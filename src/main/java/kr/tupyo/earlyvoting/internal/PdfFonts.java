package kr.tupyo.earlyvoting.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/** The Korean typeface of printed documents (Noto Sans KR, on the class path under fonts/). */
final class PdfFonts {

    static final String REGULAR = "fonts/NotoSansKR_400Regular.ttf";
    static final String BOLD = "fonts/NotoSansKR_700Bold.ttf";

    private PdfFonts() {
    }

    /** Embeds a subset of the font in the document (only the glyphs used). */
    static PDType0Font load(PDDocument document, String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " is missing from the class path", e);
        }
    }

    /** The same face for Java2D drawing (the seal). */
    static Font awt(String path, float size) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("font " + path + " cannot be read", e);
        }
    }
}
