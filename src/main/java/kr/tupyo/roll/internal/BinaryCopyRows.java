package kr.tupyo.roll.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the rows of a {@code COPY ... TO STDOUT (FORMAT binary)} stream one at a time, each field as bytes
 * in one buffer that the next row reuses: nothing is decoded that the reader does not ask for.
 */
final class BinaryCopyRows {

    /** The binary COPY signature: "PGCOPY\n\377\r\n\0". */
    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final DataInputStream in;
    private final int fields;
    private final int[] offset;
    private final int[] length;
    private byte[] buffer = new byte[1024];

    BinaryCopyRows(InputStream stream, int fields) throws IOException {
        this.in = new DataInputStream(stream);
        this.fields = fields;
        this.offset = new int[fields];
        this.length = new int[fields];
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IllegalStateException("not a binary COPY stream");
        }
        in.readInt(); // flags
        in.skipNBytes(in.readInt()); // header extension
    }

    /** Reads the next row; false at the end of the stream. */
    boolean next() throws IOException {
        short count = in.readShort();
        if (count == -1) {
            return false;
        }
        if (count != fields) {
            throw new IllegalStateException("expected " + fields + " fields, got " + count);
        }
        int end = 0;
        for (int i = 0; i < fields; i++) {
            int n = in.readInt();
            offset[i] = end;
            length[i] = n;
            if (n > 0) {
                if (end + n > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.max(end + n, buffer.length * 2));
                }
                in.readFully(buffer, end, n);
                end += n;
            }
        }
        return true;
    }

    byte[] buffer() {
        return buffer;
    }

    int offset(int field) {
        return offset[field];
    }

    /** The field's length in bytes, -1 for NULL. */
    int length(int field) {
        return length[field];
    }

    boolean isNull(int field) {
        return length[field] < 0;
    }

    /** A {@code char(n)} field's length without its trailing blanks (as PostgreSQL's cast to text drops them). */
    int trimmedLength(int field) {
        int n = length[field];
        while (n > 0 && buffer[offset[field] + n - 1] == ' ') {
            n--;
        }
        return n;
    }

    int int4(int field) {
        int o = offset[field];
        return (buffer[o] & 0xff) << 24 | (buffer[o + 1] & 0xff) << 16 | (buffer[o + 2] & 0xff) << 8 | (buffer[o + 3] & 0xff);
    }

    long int8(int field) {
        return (long) int4(field) << 32 | (int4Low(field) & 0xffffffffL);
    }

    private int int4Low(int field) {
        int o = offset[field] + 4;
        return (buffer[o] & 0xff) << 24 | (buffer[o + 1] & 0xff) << 16 | (buffer[o + 2] & 0xff) << 8 | (buffer[o + 3] & 0xff);
    }

    boolean bool(int field) {
        return buffer[offset[field]] != 0;
    }

    byte[] copy(int field) {
        return Arrays.copyOfRange(buffer, offset[field], offset[field] + Math.max(0, length[field]));
    }

    byte[] copyTrimmed(int field) {
        return Arrays.copyOfRange(buffer, offset[field], offset[field] + trimmedLength(field));
    }
}
