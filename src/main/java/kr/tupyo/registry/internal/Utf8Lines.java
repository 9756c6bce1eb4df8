package kr.tupyo.registry.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a file line by line and decodes each line strictly as UTF-8, so that a line in another
 * encoding (CP949, Latin-1) is reported with its own line number instead of being turned into
 * replacement characters. A leading byte-order mark is dropped; CRLF and LF both end a line.
 */
final class Utf8Lines implements AutoCloseable {

    /** A line as read: its text, or null when it is not valid UTF-8. */
    record Line(long number, String text) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[1024];
    private long number;

    Utf8Lines(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        int length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1 && length == 0) {
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        number++;
        int start = number == 1 && length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(buffer, start, length - start)).toString());
        } catch (CharacterCodingException e) {
            return new Line(number, null);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
