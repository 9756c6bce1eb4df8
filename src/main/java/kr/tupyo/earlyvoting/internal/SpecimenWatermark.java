package kr.tupyo.earlyvoting.internal;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The mark of a specimen (견본) printed in the election experience room: "견본 SPECIMEN" across the
 * page, translucent and under everything else (the bar code stays readable), and the line
 * "견본 SPECIMEN — 체험용 견본 / DEMO — not a real election" at the top. Drawn first on the page.
 */
final class SpecimenWatermark {

    static final String MARK = "견본 SPECIMEN";
    static final String BANNER = "견본 SPECIMEN — 체험용 견본 / DEMO — not a real election";
    static final String TITLE_PREFIX = "[견본 SPECIMEN] ";

    private static final Color RED = new Color(0xC8, 0x1E, 0x1E);

    private SpecimenWatermark() {
    }

    /** The diagonal mark of {@code size} points and the banner line at the top of a {@code width} × {@code height} page. */
    static void draw(PDPageContentStream c, float width, float height, PDType0Font regular, PDType0Font bold, float size)
            throws IOException {
        mark(c, bold, size, width / 2, height / 2, Math.atan2(height, width));
        float bannerSize = Math.max(6, Math.min(9, size / 7));
        banner(c, regular, bannerSize, width, height - bannerSize - 3);
    }

    /** "견본 SPECIMEN", translucent, centred on ({@code cx}, {@code cy}) and turned by {@code angle} radians. */
    static void mark(PDPageContentStream c, PDType0Font bold, float size, float cx, float cy, double angle) throws IOException {
        c.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.16f);
        c.setGraphicsStateParameters(translucent);
        c.setNonStrokingColor(RED);
        float textWidth = bold.getStringWidth(MARK) / 1000 * size;
        float x = cx - (float) (Math.cos(angle) * textWidth / 2) + (float) (Math.sin(angle) * size / 3);
        float y = cy - (float) (Math.sin(angle) * textWidth / 2) - (float) (Math.cos(angle) * size / 3);
        c.beginText();
        c.setFont(bold, size);
        c.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
        c.showText(MARK);
        c.endText();
        c.restoreGraphicsState();
    }

    /** The banner line, centred on a page {@code width} wide, its baseline at {@code y}. */
    static void banner(PDPageContentStream c, PDType0Font regular, float size, float width, float y) throws IOException {
        c.saveGraphicsState();
        c.setNonStrokingColor(RED);
        float bannerWidth = regular.getStringWidth(BANNER) / 1000 * size;
        c.beginText();
        c.setFont(regular, size);
        c.newLineAtOffset(Math.max(4, (width - bannerWidth) / 2), y);
        c.showText(BANNER);
        c.endText();
        c.restoreGraphicsState();
    }
}
