package kr.tupyo.experience.internal;

import java.util.Arrays;
import java.util.Base64;
import kr.tupyo.experience.ExperienceError;
import kr.tupyo.platform.ProblemException;

/**
 * The guest's signature as drawn on the kiosk's pad: a PNG, as a data URL or plain base64. It is
 * checked like the real one and then dropped: a guest's signature is personal data the demo does
 * not need to keep.
 */
final class DemoSignature {

    static final int MAX_BYTES = 256 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String DATA_URL = "data:image/png;base64,";

    private DemoSignature() {
    }

    static void check(String text) {
        if (text == null || text.isBlank()) {
            throw invalid();
        }
        String data = text.startsWith(DATA_URL) ? text.substring(DATA_URL.length()) : text;
        byte[] png;
        try {
            png = Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (png.length < PNG_MAGIC.length || png.length > MAX_BYTES || !Arrays.equals(png, 0, 8, PNG_MAGIC, 0, 8)) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(ExperienceError.DEMO_INVALID_SIGNATURE, MAX_BYTES / 1024);
    }
}
