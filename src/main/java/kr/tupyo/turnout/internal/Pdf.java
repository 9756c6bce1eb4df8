package kr.tupyo.turnout.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** XHTML to PDF with the Korean font embedded (subset). */
final class Pdf {

    static final String FONT_REGULAR = "/fonts/NotoSansKR_400Regular.ttf";
    static final String FONT_BOLD = "/fonts/NotoSansKR_700Bold.ttf";

    private Pdf() {
    }

    static void render(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT_REGULAR), "Noto Sans KR", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "Noto Sans KR", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = Pdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the Korean font " + path + " is not on the class path (frontend/build.sh)");
        }
        return in;
    }
}
