package kr.tupyo.earlyvoting.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One line of text on a PDF page. */
final class PdfText {

    private PdfText() {
    }

    static void write(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    static void centered(PDPageContentStream c, PDType0Font font, float size, float pageWidth, float y, String text)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        write(c, font, size, Math.max(10, (pageWidth - width) / 2), y, text);
    }
}
