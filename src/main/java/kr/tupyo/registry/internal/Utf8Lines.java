package kr.tupyo.registry.internal;

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
    // The bytes read but not yet returned are chunk[position, limit). Scanning a chunk for the line end
    // instead of calling read() per byte made reading a 500 MB extract several times faster.
    private byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private long number;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        int end = scanForNewline();
        if (end < 0) {
            return null;
        }
        int start = position;
        int length = end - start;
        position = end < limit ? end + 1 : end; // past the '\n' when there is one
        if (length > 0 && chunk[start + length - 1] == '\r') {
            length--;
        }
        number++;
        if (number == 1 && length >= 3 && (chunk[start] & 0xFF) == 0xEF && (chunk[start + 1] & 0xFF) == 0xBB
                && (chunk[start + 2] & 0xFF) == 0xBF) {
            start += 3;
            length -= 3;
        }
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(chunk, start, length)).toString());
        } catch (CharacterCodingException e) {
            return new Line(number, null);
        }
    }

    /** Index of the next '\n' in the chunk (reading more as needed), limit at the end of a last line without one, -1 at the end. */
    private int scanForNewline() throws IOException {
        int from = position;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (chunk[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                return position < limit ? limit : -1;
            }
            from = limit - position;
            fill();
        }
    }

    /** Moves the unread bytes to the front, grows the chunk when one line fills it, and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (unread == chunk.length) {
            chunk = Arrays.copyOf(chunk, chunk.length * 2);
        } else if (position > 0) {
            System.arraycopy(chunk, position, chunk, 0, unread);
        }
        position = 0;
        limit = unread;
        int n = in.read(chunk, limit, chunk.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
