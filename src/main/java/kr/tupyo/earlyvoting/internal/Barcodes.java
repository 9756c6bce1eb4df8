package kr.tupyo.earlyvoting.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Code 128 bar codes for serials and envelope codes. */
final class Barcodes {

    private Barcodes() {
    }

    static BufferedImage code128(String text, int width, int height) {
        var matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, width, height,
                Map.of(EncodeHintType.MARGIN, 10));
        return MatrixToImageWriter.toBufferedImage(matrix);
    }
}
