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
        c.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.16f);
        c.setGraphicsStateParameters(translucent);
        c.setNonStrokingColor(RED);
        float textWidth = bold.getStringWidth(MARK) / 1000 * size;
        double angle = Math.atan2(height, width);
        float cx = width / 2 - (float) (Math.cos(angle) * textWidth / 2);
        float cy = height / 2 - (float) (Math.sin(angle) * textWidth / 2) - size / 3;
        c.beginText();
        c.setFont(bold, size);
        c.setTextMatrix(Matrix.getRotateInstance(angle, cx, cy));
        c.showText(MARK);
        c.endText();
        c.restoreGraphicsState();

        c.saveGraphicsState();
        c.setNonStrokingColor(RED);
        float bannerSize = Math.max(6, Math.min(9, size / 7));
        float bannerWidth = regular.getStringWidth(BANNER) / 1000 * bannerSize;
        c.beginText();
        c.setFont(regular, bannerSize);
        c.newLineAtOffset(Math.max(4, (width - bannerWidth) / 2), height - bannerSize - 3);
        c.showText(BANNER);
        c.endText();
        c.restoreGraphicsState();
    }
}
