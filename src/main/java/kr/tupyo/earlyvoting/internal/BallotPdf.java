package kr.tupyo.earlyvoting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kr.tupyo.election.BallotEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The voter's ballot papers as one PDF for the ballot printer, one A5 page per contest: "사전투표",
 * the election, the contest and its district, the lines in ballot order with a marking box, the
 * station's seal and the serial with its Code 128 bar code. The bytes are handed out once and never
 * stored.
 */
final class BallotPdf {

    /** One ballot paper. */
    record Page(String electionName, String title, String district, boolean partyList, List<BallotEntry> entries,
                BallotSerial serial) {
    }

    private static final float MARGIN = 28;

    private BallotPdf() {
    }

    static byte[] render(String stationName, List<Page> pages) {
        return render(stationName, pages, false);
    }

    /** With {@code specimen}, every page carries the {@link SpecimenWatermark} (the experience room's demo). */
    static byte[] render(String stationName, List<Page> pages, boolean specimen) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PdfFonts.load(document, PdfFonts.REGULAR);
            PDType0Font bold = PdfFonts.load(document, PdfFonts.BOLD);
            PDImageXObject seal = LosslessFactory.createFromImage(document, StationSeal.of(stationName));
            for (Page page : pages) {
                draw(document, page, regular, bold, seal, stationName, specimen);
            }
            document.getDocumentInformation().setTitle(specimen ? SpecimenWatermark.TITLE_PREFIX + "사전투표 투표용지" : "사전투표 투표용지");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDDocument document, Page ballot, PDType0Font regular, PDType0Font bold,
                             PDImageXObject seal, String stationName, boolean specimen) throws IOException {
        PDPage page = new PDPage(PDRectangle.A5);
        document.addPage(page);
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream c = new PDPageContentStream(document, page)) {
            if (specimen) {
                SpecimenWatermark.draw(c, width, height, regular, bold, 56);
            }
            // "사전투표" in a box, top left
            c.setLineWidth(1.2f);
            c.addRect(MARGIN, height - MARGIN - 24, 74, 24);
            c.stroke();
            PdfText.write(c, bold, 13, MARGIN + 9, height - MARGIN - 17, "사전투표");
            PdfText.centered(c, regular, 10, width, height - MARGIN - 44, ballot.electionName());
            PdfText.centered(c, bold, 20, width, height - MARGIN - 72, ballot.title());
            PdfText.centered(c, regular, 10, width, height - MARGIN - 90, "선거구: " + ballot.district());

            float top = height - MARGIN - 104;
            float bottom = MARGIN + 86;
            int rows = Math.max(ballot.entries().size(), 1);
            float rowHeight = Math.min(42, (top - bottom) / rows);
            float left = MARGIN;
            float right = width - MARGIN;
            c.setLineWidth(0.8f);
            for (int i = 0; i < ballot.entries().size(); i++) {
                BallotEntry entry = ballot.entries().get(i);
                float y = top - (i + 1) * rowHeight;
                c.addRect(left, y, right - left, rowHeight);
                c.stroke();
                float text = y + rowHeight / 2 - 5;
                float size = Math.min(14, rowHeight * 0.45f);
                PdfText.write(c, bold, size + 2, left + 10, text, Integer.toString(entry.number()));
                String party = entry.party() == null ? (ballot.partyList() ? "" : "무소속") : entry.party();
                if (ballot.partyList()) {
                    PdfText.write(c, bold, size, left + 48, text, party);
                } else {
                    PdfText.write(c, regular, size * 0.85f, left + 48, text, party);
                    PdfText.write(c, bold, size, left + 170, text, entry.candidateName() == null ? "" : entry.candidateName());
                }
                float box = Math.min(30, rowHeight - 8);
                c.addRect(right - box - 12, y + (rowHeight - box) / 2, box, box); // the marking box
                c.stroke();
            }

            // serial and bar code bottom left, the seal bottom right
            PdfText.write(c, regular, 9, MARGIN, MARGIN + 62, "일련번호 " + ballot.serial());
            PDImageXObject barcode = LosslessFactory.createFromImage(document,
                    Barcodes.code128(ballot.serial().toString(), 560, 120));
            c.drawImage(barcode, MARGIN - 4, MARGIN, 200, 56);
            c.drawImage(seal, right - 64, MARGIN + 6, 64, 64);
            PdfText.write(c, regular, 7, right - 118, MARGIN, stationName + " 사전투표관리관");
        }
    }
}
