package kr.tupyo.experience.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo voter cards on A4: a banner line on top ({@link #BANNER_HEIGHT} points), then a grid of
 * {@link #COLUMNS} × {@link #ROWS} cells, one card each — name, photo placeholder, home district, the
 * masked demo number, and the full number as a Code 128 bar code (with its digits under it, as bar
 * codes have) for the kiosk's scanner. Every text is in Korean and English at once.
 */
final class DemoCardsPdf {

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final float BANNER_HEIGHT = 40;
    private static final float PAD = 10;
    private static final Color RED = new Color(0xC8, 0x1E, 0x1E);
    private static final String BANNER = "체험용 견본 / DEMO — not a real election";

    private DemoCardsPdf() {
    }

    static byte[] render(DemoSession session, List<DemoVoters.WithNumber> voters, DemoNumber unlisted) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(document, "fonts/NotoSansKR_400Regular.ttf");
            PDType0Font bold = font(document, "fonts/NotoSansKR_700Bold.ttf");
            int total = voters.size() + 1;
            PDPageContentStream c = null;
            float cellWidth = PDRectangle.A4.getWidth() / COLUMNS;
            float cellHeight = (PDRectangle.A4.getHeight() - BANNER_HEIGHT) / ROWS;
            for (int i = 0; i < total; i++) {
                int slot = i % (COLUMNS * ROWS);
                if (slot == 0) {
                    if (c != null) {
                        c.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    c = new PDPageContentStream(document, page);
                    banner(c, regular, bold, session);
                }
                float x = (slot % COLUMNS) * cellWidth + PAD;
                float y = PDRectangle.A4.getHeight() - BANNER_HEIGHT - (slot / COLUMNS + 1) * cellHeight + PAD;
                Card card = i < voters.size() ? Card.of(voters.get(i)) : Card.unlisted(unlisted);
                draw(document, c, regular, bold, card, x, y, cellWidth - 2 * PAD, cellHeight - 2 * PAD);
            }
            if (c != null) {
                c.close();
            }
            document.getDocumentInformation().setTitle("[견본 SPECIMEN] 체험용 신분증 / Demo voter cards");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Card(String nameKo, String nameEn, DemoNumber number, String note) {
        static Card of(DemoVoters.WithNumber v) {
            return new Card(v.voter().nameKo(), v.voter().nameEn(), v.number(), v.voter().blocked()
                    ? "선거권 없음 시연용 / for the BLOCKED demo" : "No. " + v.voter().seq());
        }

        static Card unlisted(DemoNumber number) {
            return new Card("명부에 없는 사람", "Not on the list", number, "명부 없음 시연용 / for the NOT ON LIST demo");
        }
    }

    private static void banner(PDPageContentStream c, PDType0Font regular, PDType0Font bold, DemoSession session)
            throws IOException {
        float top = PDRectangle.A4.getHeight();
        c.setNonStrokingColor(RED);
        text(c, bold, 12, 30, top - 22, BANNER);
        c.setNonStrokingColor(Color.BLACK);
        text(c, regular, 9, 30, top - 35, session.title() + " · " + session.scenario().election().nameKo());
    }

    private static void draw(PDDocument document, PDPageContentStream c, PDType0Font regular, PDType0Font bold, Card card,
                             float x, float y, float w, float h) throws IOException {
        c.setStrokingColor(Color.GRAY);
        c.setLineWidth(0.8f);
        c.addRect(x, y, w, h);
        c.stroke();
        c.setNonStrokingColor(RED);
        text(c, bold, 8, x + 8, y + h - 14, "견본 SPECIMEN · 체험용 신분증 / Demo ID card");
        c.setNonStrokingColor(Color.BLACK);
        // photo placeholder, left
        float photoW = 58;
        float photoH = 72;
        float photoY = y + h - 22 - photoH;
        c.addRect(x + 8, photoY, photoW, photoH);
        c.stroke();
        text(c, regular, 7, x + 18, photoY + photoH / 2, "사진 / Photo");
        float tx = x + 8 + photoW + 10;
        text(c, bold, 14, tx, y + h - 38, card.nameKo());
        text(c, regular, 8, tx, y + h - 50, card.nameEn());
        text(c, regular, 8, tx, y + h - 64, card.number().masked());
        text(c, regular, 7, tx, y + h - 76, Scenarios.HOME_KO);
        text(c, regular, 7, tx, y + h - 86, card.note());
        // the full number as a bar code across the bottom, its digits under it
        var matrix = new Code128Writer().encode(card.number().digits(), BarcodeFormat.CODE_128, 520, 100,
                Map.of(EncodeHintType.MARGIN, 10));
        var barcode = LosslessFactory.createFromImage(document, MatrixToImageWriter.toBufferedImage(matrix));
        c.drawImage(barcode, x + 8, y + 16, w - 16, 38);
        text(c, regular, 7, x + 8 + (w - 16) / 2 - 24, y + 6, card.number().formatted());
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    private static PDType0Font font(PDDocument document, String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " is missing from the class path", e);
        }
    }
}
