package kr.tupyo.visits.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML under templates/visits/pdf/) to PDF with the
 * embedded Noto Sans KR, so Hangul and Latin text print alike. Text reaches the PDF through
 * th:text, i.e. escaped: a guest's "&lt;script&gt;" prints as those characters.
 */
@Component
class PdfRenderer {

    static final String FAMILY = "Noto Sans KR";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = read("fonts/NotoSansKR_400Regular.ttf");
        this.bold = read("fonts/NotoSansKR_700Bold.ttf");
    }

    byte[] render(String template, Locale locale, Map<String, Object> model) {
        String html = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF font " + resource + " is missing from the class path", e);
        }
    }
}
