package kr.tupyo.roll.internal;

import java.util.Arrays;

/**
 * One line of the digest's canonical form built as UTF-8 bytes, reused line after line. Escapes fields
 * as {@link ListDigest#escape} and SQL's {@code roll_digest_field} do: the escaped characters are ASCII, so
 * escaping the UTF-8 bytes is escaping the text.
 */
final class LineBuffer {

    /** Voter numbers and precinct places, written without a String each. */
    private static final byte[][] SMALL = new byte[1 << 16][];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private byte[] bytes = new byte[512];
    private int length;

    LineBuffer clear() {
        length = 0;
        return this;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    LineBuffer put(byte b) {
        room(1);
        bytes[length++] = b;
        return this;
    }

    LineBuffer put(byte[] from) {
        return put(from, 0, from.length);
    }

    LineBuffer put(byte[] from, int offset, int n) {
        room(n);
        System.arraycopy(from, offset, bytes, length, n);
        length += n;
        return this;
    }

    LineBuffer putEscaped(byte[] from) {
        return putEscaped(from, 0, from.length);
    }

    LineBuffer putEscaped(byte[] from, int offset, int n) {
        room(2 * n);
        for (int i = offset; i < offset + n; i++) {
            byte b = from[i];
            switch (b) {
                case '\\' -> { bytes[length++] = '\\'; bytes[length++] = '\\'; }
                case '|' -> { bytes[length++] = '\\'; bytes[length++] = '|'; }
                case '\n' -> { bytes[length++] = '\\'; bytes[length++] = 'n'; }
                case '\r' -> { bytes[length++] = '\\'; bytes[length++] = 'r'; }
                default -> bytes[length++] = b;
            }
        }
        return this;
    }

    /** A number in decimal, as PostgreSQL writes an integer. */
    LineBuffer put(long number) {
        if (number >= 0 && number < SMALL.length) {
            return put(SMALL[(int) number]);
        }
        return put(Long.toString(number).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void room(int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + n, bytes.length * 2));
        }
    }
}
