package kr.tupyo.earlyvoting.internal;

import java.util.Base64;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.platform.ProblemException;

/** The voter's signature as drawn on the pad: a PNG image, sent as a data URL or plain base64. */
public record Signature(byte[] png) {

    static final int MAX_BYTES = 256 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public Signature {
        if (png.length < PNG_MAGIC.length || png.length > MAX_BYTES || !java.util.Arrays.equals(png, 0, 8, PNG_MAGIC, 0, 8)) {
            throw new ProblemException(EarlyVotingError.INVALID_SIGNATURE, MAX_BYTES / 1024);
        }
    }

    public static Signature parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(EarlyVotingError.INVALID_SIGNATURE, MAX_BYTES / 1024);
        }
        String data = text.startsWith("data:image/png;base64,") ? text.substring("data:image/png;base64,".length()) : text;
        try {
            return new Signature(Base64.getDecoder().decode(data.strip()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(EarlyVotingError.INVALID_SIGNATURE, MAX_BYTES / 1024);
        }
    }
}
