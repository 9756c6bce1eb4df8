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
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import kr.tupyo.election.Election;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
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
 * <p>PDFBox's own drawing and font embedding cost ≈ 4× the CPU of what is done here
 * (docs/benchmarks.md, "Election-day lists"), so the document is assembled from bytes and COS
 * objects, and PDFBox only writes the file:
 * <ul>
 * <li>each page's content stream is built as bytes: one text object per page with relative {@code Td}
 * moves, text as literal strings of 2-byte glyph codes (Identity-H: the code is the glyph id in the
 * full font, the same as {@code PDType0Font.encode} gives), the grid as one path; then deflated once,
 * at level 1 (PDFBox deflates at level 6 and byte by byte);
 * <li>the fonts are embedded here as Type 0 fonts with a TrueType subset made by FontBox's
 * {@code TTFSubsetter}, as {@code PDType0Font} would, without {@code PDType0Font.load} (which builds
 * and parses the widths of all 23,000 glyphs for every document) and with the ToUnicode map built
 * from the glyphs used only;
 * <li>everything that does not depend on the document is kept per thread (FontBox fonts are not
 * thread-safe): the parsed fonts, each character's glyph code, the buffers and the deflater;
 * <li>the file identifier comes from the pages' checksums, so the same list is the same file.
 * </ul>
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

    /** Deflate level of the streams written here: level 1 costs half of the default 6 for ≈ 15 % more bytes (docs/benchmarks.md). */
    static final int CONTENT_DEFLATE_LEVEL = Deflater.BEST_SPEED;

    /** "52 0 Td " …: the move to the next column after each of the first six cells. */
    private static final byte[][] NEXT_COLUMN = new byte[COLUMNS.length][];
    /** Back to the first column, one row down. */
    private static final byte[] NEXT_ROW;
    /**
     * The grid of a full page, and the line width before it: drawn once per document as a form
     * XObject, which each full page paints (a sixth of a page's content otherwise, and of the deflating).
     */
    private static final byte[] FULL_GRID;
    private static final COSName GRID = COSName.getPDFName("G1");
    private static final byte[] DRAW_GRID = ascii("/G1 Do\n");

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

        final Face regular = new Face(parse(REGULAR), "F1");
        final Face bold = new Face(parse(BOLD), "F2");
        final Bytes page = new Bytes(1 << 14);
        final Deflater deflater = new Deflater(CONTENT_DEFLATE_LEVEL);
        byte[] deflated = new byte[1 << 14];

        void write(Election election, MarkedList.Marked list, OutputStream out) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDResources resources = new PDResources();
                regular.open();
                bold.open();
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
                COSStream fullGrid = null;
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
                            c.put(f.select);
                            current = f;
                        }
                        row(c, f, l);
                    }
                    c.put("ET\n");
                    if (to - from == PER_PAGE) {
                        if (fullGrid == null) {
                            fullGrid = compressed(doc, FULL_GRID, FULL_GRID.length);
                            fullGrid.setItem(COSName.TYPE, COSName.XOBJECT);
                            fullGrid.setItem(COSName.SUBTYPE, COSName.FORM);
                            fullGrid.setItem(COSName.BBOX, new PDRectangle(WIDTH, HEIGHT).getCOSArray());
                            COSDictionary forms = new COSDictionary();
                            forms.setItem(GRID, fullGrid);
                            resources.getCOSObject().setItem(COSName.XOBJECT, forms);
                        }
                        c.put(DRAW_GRID);
                    } else {
                        grid(c, to - from);
                    }
                    PDPage pdPage = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                    pdPage.setResources(resources);
                    pdPage.setContents(new PDStream(compressed(doc, c)));
                    doc.addPage(pdPage);
                    id.putInt(deflater.getAdler()).putInt(c.size);
                }
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(regular.resourceName, regular.embed(this, doc));
                fonts.setItem(bold.resourceName, bold.embed(this, doc));
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                identify(doc, pageHead, tableHead, id);
                doc.save(out, CompressParameters.NO_COMPRESSION);
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
            return compressed(doc, content.bytes, content.size);
        }

        COSStream compressed(PDDocument doc, byte[] bytes, int length) throws IOException {
            deflater.reset();
            deflater.setInput(bytes, 0, length);
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

    /**
     * One font on one thread: the glyph code of each character met so far, the glyphs the document
     * being written uses, and its embedding as a Type 0 font with a TrueType subset.
     */
    private static final class Face {

        /** The tables PDFBox keeps in a subset (PDF 32000-1:2008, 9.9). */
        private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
        private static final Set<COSName> NOT_COPIED = Set.of(COSName.FONT_NAME, COSName.FONT_FILE2, COSName.CID_SET);

        final TrueTypeFont ttf;
        final CmapLookup cmap;
        final COSName resourceName;
        final byte[] name;
        /** "/F1 8 Tf": the font of a row. */
        final byte[] select;
        /** The font descriptor PDFBox makes for this font (flags, box, metrics), without the file: copied into each document. */
        final COSDictionary descriptor;
        final float scale;
        /** The 2-byte code of each BMP character, 0 when not yet looked up (glyph 0 is never encoded). */
        final char[] codes = new char[Character.MAX_VALUE + 1];
        /** The characters the document being written uses, one bit each (a BitSet costs more per call here). */
        final long[] used = new long[(Character.MAX_VALUE + 1) / 64];
        final Set<Integer> usedSupplementary = new HashSet<>();

        Face(TrueTypeFont ttf, String resourceName) {
            this.ttf = ttf;
            this.resourceName = COSName.getPDFName(resourceName);
            this.name = ascii("/" + resourceName);
            this.select = ascii("/" + resourceName + " " + number(SIZE) + " Tf\n");
            try (PDDocument scratch = new PDDocument()) {
                cmap = ttf.getUnicodeCmapLookup(false);
                scale = 1000f / ttf.getHeader().getUnitsPerEm();
                descriptor = copy(PDType0Font.load(scratch, ttf, true).getDescendantFont().getFontDescriptor().getCOSObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void open() {
            Arrays.fill(used, 0);
            usedSupplementary.clear();
        }

        /** The glyph id, as PDType0Font.encode gives it for an embedded font (Identity-H: the code is the glyph id). */
        int glyphId(int codePoint) throws IOException {
            int gid = cmap.getGlyphId(codePoint);
            if (gid <= 0 || gid > 0xFFFF) {
                throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s", codePoint, ttf.getName()));
            }
            return gid;
        }

        /**
         * The Type 0 font of the document: the subset of the glyphs used (FontBox's TTFSubsetter, as
         * PDFBox subsets), the CIDs being the glyph ids of the full font mapped to the subset's by a
         * CIDToGIDMap, the widths, and a ToUnicode map so that the text can be extracted.
         */
        COSDictionary embed(Writer w, PDDocument doc) throws IOException {
            Set<Integer> codePoints = new HashSet<>(usedSupplementary);
            for (int word = 0; word < used.length; word++) {
                for (long bits = used[word]; bits != 0; bits &= bits - 1) {
                    codePoints.add(word * 64 + Long.numberOfTrailingZeros(bits));
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addAll(codePoints);
            Map<Integer, Integer> newToOld = subsetter.getGIDMap();
            String baseFont = tag(newToOld) + ttf.getName();
            subsetter.setPrefix(tag(newToOld));
            ByteArrayOutputStream subset = new ByteArrayOutputStream(1 << 16);
            subsetter.writeToStream(subset);

            int[] cids = newToOld.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            int maxCid = cids[cids.length - 1];
            byte[] cidToGid = new byte[2 * (maxCid + 1)];
            for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
                int cid = e.getValue();
                cidToGid[2 * cid] = (byte) (e.getKey() >> 8);
                cidToGid[2 * cid + 1] = (byte) (int) e.getKey();
            }

            COSDictionary fd = copy(descriptor);
            fd.setName(COSName.FONT_NAME, baseFont);
            byte[] fontBytes = subset.toByteArray();
            COSStream fontFile = w.compressed(doc, fontBytes, fontBytes.length);
            fontFile.setInt(COSName.LENGTH1, fontBytes.length);
            fd.setItem(COSName.FONT_FILE2, fontFile);

            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "Identity");
            info.setInt(COSName.SUPPLEMENT, 0);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, baseFont);
            cidFont.setItem(COSName.CIDSYSTEMINFO, info);
            cidFont.setItem(COSName.FONT_DESC, fd);
            cidFont.setItem(COSName.W, widths(cids));
            cidFont.setItem(COSName.CID_TO_GID_MAP, w.compressed(doc, cidToGid, cidToGid.length));

            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, baseFont);
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            byte[] toUnicode = toUnicode(cids);
            font.setItem(COSName.TO_UNICODE, w.compressed(doc, toUnicode, toUnicode.length));
            return font;
        }

        /** W: for each run of consecutive CIDs, the first CID and their widths; the default width (1000) left out. */
        private COSArray widths(int[] cids) throws IOException {
            COSArray widths = new COSArray();
            COSArray run = null;
            int previous = Integer.MIN_VALUE;
            for (int cid : cids) {
                long width = Math.round(ttf.getAdvanceWidth(cid) * scale);
                if (width == 1000) {
                    continue;
                }
                if (run == null || previous != cid - 1) {
                    run = new COSArray();
                    widths.add(COSInteger.get(cid));
                    widths.add(run);
                }
                run.add(COSInteger.get(width));
                previous = cid;
            }
            return widths;
        }

        /** The ToUnicode CMap: each CID to the character the font's cmap maps to that glyph (the first, if several do). */
        private byte[] toUnicode(int[] cids) throws IOException {
            List<String> pairs = new ArrayList<>(cids.length);
            for (int cid : cids) {
                List<Integer> chars = cid == 0 ? null : cmap.getCharCodes(cid);
                if (chars != null && !chars.isEmpty()) {
                    StringBuilder hex = new StringBuilder(20).append(String.format("<%04X> <", cid));
                    for (char c : Character.toChars(chars.getFirst())) {
                        hex.append(String.format("%04X", (int) c));
                    }
                    pairs.add(hex.append('>').toString());
                }
            }
            StringBuilder m = new StringBuilder(64 + 20 * pairs.size());
            m.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                    .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                    .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                    .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            for (int from = 0; from < pairs.size(); from += 100) {
                List<String> block = pairs.subList(from, Math.min(pairs.size(), from + 100));
                m.append(block.size()).append(" beginbfchar\n");
                block.forEach(pair -> m.append(pair).append('\n'));
                m.append("endbfchar\n");
            }
            m.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return ascii(m.toString());
        }

        /** Six capital letters from the glyphs of the subset, as a subset's name begins (PDF 32000-1:2008, 9.6.4). */
        private static String tag(Map<Integer, Integer> newToOld) {
            long h = newToOld.hashCode() & 0xFFFF_FFFFL;
            StringBuilder tag = new StringBuilder(7);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + h % 26));
                h /= 26;
            }
            return tag.append('+').toString();
        }

        /** A font descriptor without the font file and CIDSet: the entries are numbers, names and arrays of numbers. */
        private static COSDictionary copy(COSDictionary descriptor) {
            COSDictionary copy = new COSDictionary();
            copy.setItem(COSName.TYPE, COSName.FONT_DESC);
            copy.setItem(COSName.FONT_NAME, descriptor.getItem(COSName.FONT_NAME)); // replaced by the subset's name
            for (Map.Entry<COSName, COSBase> e : descriptor.entrySet()) {
                if (!NOT_COPIED.contains(e.getKey()) && !COSName.TYPE.equals(e.getKey())) {
                    copy.setItem(e.getKey(), e.getValue() instanceof COSArray a ? copy(a) : e.getValue());
                }
            }
            return copy;
        }

        private static COSArray copy(COSArray a) {
            COSArray copy = new COSArray();
            for (int i = 0; i < a.size(); i++) {
                copy.add(a.getObject(i));
            }
            return copy;
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
                int gid = f.glyphId(cp);
                f.usedSupplementary.add(cp);
                c.escaped((byte) (gid >> 8));
                c.escaped((byte) gid);
            } else {
                glyph(c, f, ch);
            }
        }
    }

    private static void glyph(Bytes c, Face f, char ch) throws IOException {
        char code = f.codes[ch];
        if (code == 0) {
            code = (char) f.glyphId(ch); // throws, as PDFBox does, for a character the font lacks
            f.codes[ch] = code;
        }
        f.used[ch >>> 6] |= 1L << ch;
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
