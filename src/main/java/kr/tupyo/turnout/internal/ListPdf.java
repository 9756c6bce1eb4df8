package kr.tupyo.turnout.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Deflater;
import kr.tupyo.election.Election;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printed election-day list drawn directly with PDFBox: A4 landscape, a header on every page, a
 * ruled table, the Korean font embedded as a subset. An HTML renderer is 100× slower on a 3,000-line
 * list (docs/benchmarks.md), which the national job cannot afford.
 *
 * <p>The page content streams are written here as bytes rather than through
 * {@code PDPageContentStream} (docs/benchmarks.md, "Election-day lists"): one text object per page
 * with relative {@code Td} moves, text as literal strings of 2-byte glyph codes (Identity-H, the code
 * is the glyph id in the full font, as {@code PDType0Font.encode} gives it), the grid as one path, and
 * each page compressed once with a fast deflate level. Everything that does not depend on the
 * document is kept per thread (FontBox fonts are not thread-safe): the parsed fonts, each
 * character's glyph code, the buffers and the deflater. The glyphs used are still added to each
 * document's embedded subset, which PDFBox builds at save time.
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
    private static final int PER_PAGE = (int) ((HEIGHT - 2 * MARGIN - 40 - ROW) / ROW);
    private static final float TITLE_Y = HEIGHT - MARGIN - 12;
    private static final float TABLE_TOP = TITLE_Y - 26;

    /** Deflate level of the page content streams: level 1 is several times cheaper than the default 6 (docs/benchmarks.md). */
    static final int CONTENT_DEFLATE_LEVEL = Deflater.BEST_SPEED;

    /** "52 0 Td " …: the move to the next column after each of the first six cells. */
    private static final byte[][] NEXT_COLUMN = new byte[COLUMNS.length][];
    /** Back to the first column, one row down. */
    private static final byte[] NEXT_ROW;
    /** The grid of a full page, and the line width before it. */
    private static final byte[] FULL_GRID;

    static {
        float across = 0;
        for (int i = 0; i < COLUMNS.length; i++) {
            NEXT_COLUMN[i] = ascii(number(COLUMNS[i]) + " 0 Td ");
            across += COLUMNS[i];
        }
        NEXT_ROW = ascii(number(-across) + " " + number(-ROW) + " Td\n");
        Bytes grid = new Bytes(4096);
        grid(grid, PER_PAGE);
        FULL_GRID = grid.toArray();
    }

    private static final byte[] REGULAR = read(Pdf.FONT_REGULAR);
    private static final byte[] BOLD = read(Pdf.FONT_BOLD);
    private static final ThreadLocal<Writer> WRITERS = ThreadLocal.withInitial(Writer::new);

    private ListPdf() {
    }

    static void write(Election election, MarkedList.Marked list, OutputStream out) {
        try {
            WRITERS.get().write(election, list, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one thread keeps from list to list. */
    private static final class Writer {

        final Face regular = new Face(parse(REGULAR));
        final Face bold = new Face(parse(BOLD));
        final Bytes page = new Bytes(1 << 14);
        final Deflater deflater = new Deflater(CONTENT_DEFLATE_LEVEL);
        byte[] deflated = new byte[1 << 14];

        void write(Election election, MarkedList.Marked list, OutputStream out) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDResources resources = new PDResources();
                regular.open(PDType0Font.load(doc, regular.ttf, true), resources);
                bold.open(PDType0Font.load(doc, bold.ttf, true), resources);
                List<MarkedList.Line> lines = list.lines();
                int pages = Math.max(1, (lines.size() + PER_PAGE - 1) / PER_PAGE);
                String title = election.name() + " 선거인명부 (선거일)";
                String meta = list.precinct().name() + " · 투표소 " + list.precinct().pollingPlace() + " · 선거일 "
                        + election.electionDay() + " · 사전투표자 " + list.earlyVoters() + " / " + lines.size();
                Bytes head = new Bytes(1024);
                head.put("BT\n").put(bold.name).put(" 12 Tf 1 0 0 1 ").put(number(MARGIN)).put(' ').put(number(TITLE_Y)).put(" Tm ");
                text(head, bold, title);
                head.put('\n').put(regular.name).put(' ').put(number(SIZE)).put(" Tf 0 ").put(number(-14)).put(" Td ");
                text(head, regular, meta);
                head.put("\n1 0 0 1 ").put(number(WIDTH - MARGIN - 40)).put(' ').put(number(MARGIN - 14)).put(" Tm ");
                byte[] pageHead = head.toArray();
                Bytes headings = new Bytes(1024);
                headings.put("\n1 0 0 1 ").put(number(MARGIN + 3)).put(' ').put(number(TABLE_TOP - ROW + 4)).put(" Tm ")
                        .put(bold.name).put(' ').put(number(SIZE)).put(" Tf\n");
                for (int i = 0; i < HEADINGS.length; i++) {
                    text(headings, bold, HEADINGS[i]);
                    if (i < COLUMNS.length) {
                        headings.put(NEXT_COLUMN[i]);
                    }
                }
                headings.put(NEXT_ROW);
                byte[] tableHead = headings.toArray();
                ByteBuffer id = ByteBuffer.allocate(8 * pages);
                for (int p = 0; p < pages; p++) {
                    Bytes c = page;
                    c.clear();
                    c.put(pageHead);
                    text(c, regular, (p + 1) + " / " + pages);
                    c.put(tableHead);
                    int from = p * PER_PAGE;
                    int to = Math.min(lines.size(), from + PER_PAGE);
                    Face current = bold;
                    for (int i = from; i < to; i++) {
                        MarkedList.Line l = lines.get(i);
                        Face f = l.early() ? bold : regular;
                        if (f != current) {
                            c.put(f.name).put(' ').put(number(SIZE)).put(" Tf\n");
                            current = f;
                        }
                        row(c, f, l);
                    }
                    c.put("ET\n");
                    if (to - from == PER_PAGE) {
                        c.put(FULL_GRID);
                    } else {
                        grid(c, to - from);
                    }
                    PDPage pdPage = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                    pdPage.setResources(resources);
                    pdPage.setContents(new PDStream(compressed(doc, c)));
                    doc.addPage(pdPage);
                    id.putInt(deflater.getAdler()).putInt(c.size);
                }
                // What PDDocument.save does for the fonts PDPageContentStream.setFont registered (not used here).
                regular.font.subset();
                bold.font.subset();
                identify(doc, pageHead, tableHead, id);
                doc.save(out, CompressParameters.NO_COMPRESSION);
            } finally {
                regular.close();
                bold.close();
            }
        }

        /** One list line: the cells as {@code ListPdf} always drew them, the empty ones skipped. */
        private void row(Bytes c, Face f, MarkedList.Line l) throws IOException {
            var line = l.line();
            c.put('(');
            digits(c, f, line.voterNumber());
            c.put(")Tj ").put(NEXT_COLUMN[0]);
            text(c, f, line.name());
            c.put(NEXT_COLUMN[1]);
            String address = line.address();
            if (address != null && !address.isEmpty()) {
                c.put('(');
                if (address.length() > ADDRESS_CHARS) {
                    chars(c, f, address, ADDRESS_CHARS - 1);
                    glyph(c, f, '…');
                } else {
                    chars(c, f, address, address.length());
                }
                c.put(")Tj ");
            }
            c.put(NEXT_COLUMN[2]);
            date(c, f, line.birthDate());
            c.put(NEXT_COLUMN[3]);
            text(c, f, line.rrnMasked());
            c.put(NEXT_COLUMN[4]);
            text(c, f, l.remarks());
            c.put(NEXT_COLUMN[5]);
            if (l.early()) {
                c.put('(');
                glyph(c, f, '—');
                c.put(")Tj ");
            }
            c.put(NEXT_ROW);
        }

        /**
         * The file identifier from what the pages hold (their checksums), not from the clock as PDFBox
         * would make it: the same list is the same file, byte for byte, whenever and wherever it is written.
         */
        private void identify(PDDocument doc, byte[] pageHead, byte[] tableHead, ByteBuffer pages) {
            MessageDigest md = sha256();
            md.update(pageHead);
            md.update(tableHead);
            md.update(pages.array(), 0, pages.position());
            COSString id = new COSString(md.digest());
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        private COSStream compressed(PDDocument doc, Bytes content) throws IOException {
            deflater.reset();
            deflater.setInput(content.bytes, 0, content.size);
            deflater.finish();
            int n = 0;
            while (!deflater.finished()) {
                if (n == deflated.length) {
                    deflated = Arrays.copyOf(deflated, n * 2);
                }
                n += deflater.deflate(deflated, n, deflated.length - n);
            }
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(deflated, 0, n);
            }
            return stream;
        }
    }

    /** One font on one thread: the glyph code of each character met so far, and the document being written. */
    private static final class Face {

        final TrueTypeFont ttf;
        /** The 2-byte code of each BMP character, 0 when not yet looked up (glyph 0 is never encoded). */
        final char[] codes = new char[Character.MAX_VALUE + 1];
        /** The characters already added to this document's subset. */
        final BitSet inSubset = new BitSet(Character.MAX_VALUE + 1);
        PDType0Font font;
        byte[] name;

        Face(TrueTypeFont ttf) {
            this.ttf = ttf;
        }

        void open(PDType0Font font, PDResources resources) {
            this.font = font;
            this.name = ascii("/" + resources.add(font).getName());
            inSubset.clear();
        }

        void close() {
            font = null;
        }
    }

    /** A cell: nothing when empty, else the string shown. */
    private static void text(Bytes c, Face f, String s) throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        c.put('(');
        chars(c, f, s, s.length());
        c.put(")Tj ");
    }

    private static void chars(Bytes c, Face f, String s, int end) throws IOException {
        for (int i = 0; i < end; i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                f.font.addToSubset(cp);
                for (byte b : f.font.encode(Character.toString(cp))) {
                    c.escaped(b);
                }
            } else {
                glyph(c, f, ch);
            }
        }
    }

    private static void glyph(Bytes c, Face f, char ch) throws IOException {
        char code = f.codes[ch];
        if (code == 0) {
            byte[] e = f.font.encode(String.valueOf(ch)); // throws, as before, for a character the font lacks
            if (e.length != 2) {
                throw new IllegalStateException("a 2-byte code expected for U+" + Integer.toHexString(ch));
            }
            code = (char) ((e[0] & 0xFF) << 8 | (e[1] & 0xFF));
            f.codes[ch] = code;
        }
        if (!f.inSubset.get(ch)) {
            f.inSubset.set(ch);
            f.font.addToSubset(ch);
        }
        c.escaped((byte) (code >> 8));
        c.escaped((byte) code);
    }

    private static void digits(Bytes c, Face f, int n) throws IOException {
        if (n < 0) {
            glyph(c, f, '-');
            n = -n; // voter numbers are positive; Integer.MIN_VALUE is not a voter number
        }
        if (n >= 10) {
            digits(c, f, n / 10);
        }
        glyph(c, f, (char) ('0' + n % 10));
    }

    /** As {@link LocalDate#toString()}, without the string. */
    private static void date(Bytes c, Face f, LocalDate d) throws IOException {
        if (d == null) {
            return;
        }
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            text(c, f, d.toString());
            return;
        }
        c.put('(');
        digits(c, f, year);
        glyph(c, f, '-');
        twoDigits(c, f, d.getMonthValue());
        glyph(c, f, '-');
        twoDigits(c, f, d.getDayOfMonth());
        c.put(")Tj ");
    }

    private static void twoDigits(Bytes c, Face f, int n) throws IOException {
        glyph(c, f, (char) ('0' + n / 10));
        glyph(c, f, (char) ('0' + n % 10));
    }

    /** The table's rules as one path: a line above the headings and under each row, and the column lines. */
    private static void grid(Bytes c, int rows) {
        float bottom = TABLE_TOP - (rows + 1) * ROW;
        c.put(number(0.4f)).put(" w\n");
        byte[] left = ascii(number(MARGIN));
        byte[] right = ascii(number(WIDTH - MARGIN));
        for (int k = 0; k <= rows + 1; k++) {
            byte[] y = ascii(number(TABLE_TOP - k * ROW));
            c.put(left).put(' ').put(y).put(" m ").put(right).put(' ').put(y).put(" l\n");
        }
        byte[] top = ascii(number(TABLE_TOP));
        byte[] low = ascii(number(bottom));
        float x = MARGIN;
        for (int i = 0; i <= COLUMNS.length + 1; i++) {
            byte[] at = ascii(number(x));
            c.put(at).put(' ').put(top).put(" m ").put(at).put(' ').put(low).put(" l\n");
            x = i < COLUMNS.length ? x + COLUMNS[i] : WIDTH - MARGIN;
        }
        c.put("S\n");
    }

    /** A PDF number with at most five decimals, as PDFBox writes a float operand. */
    static String number(double v) {
        long m = Math.round(v * 100_000);
        StringBuilder s = new StringBuilder(16);
        if (m < 0) {
            s.append('-');
            m = -m;
        }
        s.append(m / 100_000);
        int frac = (int) (m % 100_000);
        if (frac != 0) {
            s.append('.');
            for (int unit = 10_000; frac != 0; unit /= 10) {
                s.append((char) ('0' + frac / unit));
                frac %= unit;
            }
        }
        return s.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growable byte buffer that writes PDF literal-string bytes escaped. */
    private static final class Bytes {

        byte[] bytes;
        int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void clear() {
            size = 0;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        Bytes put(char ascii) {
            room(1);
            bytes[size++] = (byte) ascii;
            return this;
        }

        Bytes put(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
            return this;
        }

        Bytes put(String ascii) {
            room(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                bytes[size++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        /** A byte inside a literal string: the delimiters and the backslash escaped, and CR/LF, which a reader would normalise. */
        void escaped(byte b) {
            room(2);
            switch (b) {
                case '(', ')', '\\' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = b;
                }
                case '\r' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = 'r';
                }
                case '\n' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = 'n';
                }
                default -> bytes[size++] = b;
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

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
