package kr.tupyo.earlyvoting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The label of an out-of-district voter's return envelope (회송용 봉투): addressed to the election
 * commission of the voter's home 시군구, with the envelope's code as a Code 128 bar code (for
 * registering its arrival). It carries nothing about the ballots inside.
 */
final class EnvelopeLabelPdf {

    /** 100 mm × 70 mm. */
    private static final PDRectangle LABEL = new PDRectangle(283.5f, 198.4f);

    private EnvelopeLabelPdf() {
    }

    static byte[] render(String commission, String commissionArea, String envelopeCode, String electionName,
                         String stationName) {
        return render(commission, commissionArea, envelopeCode, electionName, stationName, false);
    }

    /** With {@code specimen}, the label carries the {@link SpecimenWatermark} (the experience room's demo). */
    static byte[] render(String commission, String commissionArea, String envelopeCode, String electionName,
                         String stationName, boolean specimen) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PdfFonts.load(document, PdfFonts.REGULAR);
            PDType0Font bold = PdfFonts.load(document, PdfFonts.BOLD);
            PDPage page = new PDPage(LABEL);
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                if (specimen) { // the mark in the free space right of the address, the banner along the bottom edge
                    SpecimenWatermark.mark(c, bold, 22, 196, 150, 0.35);
                    SpecimenWatermark.banner(c, regular, 6, LABEL.getWidth(), 4);
                }
                PdfText.write(c, regular, 8, 14, 180, electionName + " · 관외사전투표 회송용 봉투");
                PdfText.write(c, regular, 9, 14, 158, "받는 곳");
                PdfText.write(c, bold, 15, 14, 138, commission);
                PdfText.write(c, regular, 9, 14, 122, commissionArea);
                PdfText.write(c, regular, 7, 14, 108, "보낸 곳: " + stationName);
                c.drawImage(LosslessFactory.createFromImage(document, Barcodes.code128(envelopeCode, 600, 120)),
                        10, 26, 260, 64);
                PdfText.write(c, regular, 8, 14, 14, envelopeCode);
            }
            document.getDocumentInformation().setTitle(specimen ? SpecimenWatermark.TITLE_PREFIX + "회송용 봉투 라벨" : "회송용 봉투 라벨");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
