package kr.tupyo.turnout.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import kr.tupyo.election.Election;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printed election-day list drawn directly with PDFBox: A4 landscape, a header on every page, a
 * ruled table, the Korean font embedded as a subset. An HTML renderer is 100× slower on a 3,000-line
 * list (docs/benchmarks.md), which the national job cannot afford. The parsed font is kept
 * per thread (FontBox fonts are not thread-safe) and re-parsed from bytes read once.
 */
final class ListPdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 28;
    private static final float ROW = 14;
    private static final float SIZE = 8;
    private static final float[] COLUMNS = {52, 78, 290, 62, 82, 110}; // the rest is the signature column
    private static final String[] HEADINGS = {"선거인번호", "성명", "주소", "생년월일", "주민등록번호", "비고", "서명 또는 날인"};
    private static final int ADDRESS_CHARS = 34;

    private static final byte[] REGULAR = read(Pdf.FONT_REGULAR);
    private static final byte[] BOLD = read(Pdf.FONT_BOLD);
    private static final ThreadLocal<TrueTypeFont[]> FONTS = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
            parse(REGULAR), parse(BOLD)});

    private ListPdf() {
    }

    static void write(Election election, MarkedList.Marked list, OutputStream out) {
        TrueTypeFont[] ttf = FONTS.get();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, ttf[0], true);
            PDType0Font bold = PDType0Font.load(doc, ttf[1], true);
            int perPage = (int) ((HEIGHT - 2 * MARGIN - 40 - ROW) / ROW);
            int pages = Math.max(1, (list.lines().size() + perPage - 1) / perPage);
            String title = election.name() + " 선거인명부 (선거일)";
            String meta = list.precinct().name() + " · 투표소 " + list.precinct().pollingPlace() + " · 선거일 "
                    + election.electionDay() + " · 사전투표자 " + list.earlyVoters() + " / " + list.lines().size();
            for (int page = 0; page < pages; page++) {
                PDPage p = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(p);
                try (PDPageContentStream c = new PDPageContentStream(doc, p)) {
                    float y = HEIGHT - MARGIN - 12;
                    text(c, bold, 12, MARGIN, y, title);
                    text(c, regular, SIZE, MARGIN, y - 14, meta);
                    text(c, regular, SIZE, WIDTH - MARGIN - 40, MARGIN - 14, (page + 1) + " / " + pages);
                    float top = y - 26;
                    row(c, bold, top, HEADINGS);
                    int from = page * perPage;
                    int to = Math.min(list.lines().size(), from + perPage);
                    float rowTop = top - ROW;
                    for (int i = from; i < to; i++) {
                        MarkedList.Line l = list.lines().get(i);
                        String address = l.line().address() == null ? "" : l.line().address();
                        if (address.length() > ADDRESS_CHARS) {
                            address = address.substring(0, ADDRESS_CHARS - 1) + "…";
                        }
                        row(c, l.early() ? bold : regular, rowTop, new String[] {Integer.toString(l.line().voterNumber()),
                                l.line().name(), address, l.line().birthDate().toString(), l.line().rrnMasked(),
                                l.remarks(), l.early() ? "—" : ""});
                        rowTop -= ROW;
                    }
                    grid(c, top, rowTop);
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(PDPageContentStream c, PDType0Font font, float top, String[] cells) throws IOException {
        float x = MARGIN;
        c.beginText();
        c.setFont(font, SIZE);
        c.newLineAtOffset(x + 3, top - ROW + 4);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                show(c, font, cells[i]);
            }
            if (i < COLUMNS.length) {
                c.newLineAtOffset(COLUMNS[i], 0);
            }
        }
        c.endText();
    }

    private static void grid(PDPageContentStream c, float top, float bottom) throws IOException {
        c.setLineWidth(0.4f);
        for (float y = top; y >= bottom - 0.01f; y -= ROW) {
            c.moveTo(MARGIN, y);
            c.lineTo(WIDTH - MARGIN, y);
        }
        float x = MARGIN;
        c.moveTo(x, top);
        c.lineTo(x, bottom);
        for (float w : COLUMNS) {
            x += w;
            c.moveTo(x, top);
            c.lineTo(x, bottom);
        }
        c.moveTo(WIDTH - MARGIN, top);
        c.lineTo(WIDTH - MARGIN, bottom);
        c.stroke();
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String s) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        show(c, font, s);
        c.endText();
    }

    /**
     * Shows text without the font's GSUB rules: PDFBox 3 builds a ligature matcher on every
     * {@code showText} with this font (seconds per page), and a voters list needs no ligatures (Hangul
     * syllables and digits map one to one). The glyphs are still added to the embedded subset.
     */
    private static void show(PDPageContentStream c, PDFont font, String text) throws IOException {
        text.codePoints().forEach(font::addToSubset);
        byte[] encoded = font.encode(text);
        StringBuilder op = new StringBuilder(encoded.length * 2 + 6).append('<');
        for (byte b : encoded) {
            op.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        c.appendRawCommands(op.append("> Tj\n").toString());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = ListPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the Korean font " + path + " is not on the class path (frontend/build.sh)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
