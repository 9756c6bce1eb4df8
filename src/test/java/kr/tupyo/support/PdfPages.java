package kr.tupyo.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed PDF back (ballots, labels, specimens, cards): each page's text and its Code 128 bar codes. */
public final class PdfPages {

    public static final int DPI = 200;

    private PdfPages() {
    }

    public record Page(String text, BufferedImage image) {

        /** The one bar code on the page, or null. */
        public String barcode() {
            return code128(image);
        }

        /** The bar code in a part of the page (fractions of its width and height from the top left), or null. */
        public String barcode(double left, double top, double width, double height) {
            int x = (int) (left * image.getWidth());
            int y = (int) (top * image.getHeight());
            return code128(image.getSubimage(x, y, (int) (width * image.getWidth()), (int) (height * image.getHeight())));
        }
    }

    public static List<Page> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.add(new Page(stripper.getText(document), renderer.renderImageWithDPI(i, DPI)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String code128(BufferedImage image) {
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
