package kr.tupyo.roll.internal;

import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.copy.CopyOut;

/**
 * Reads the rows of a {@code COPY ... TO STDOUT (FORMAT binary)} one at a time, each field as bytes in the
 * message that brought it: the server sends every row in a CopyData message of its own (the protocol says
 * so; the file header comes before the first row's fields), so a row is read where it lies, without copying
 * it through streams, and nothing is decoded that the reader does not ask for.
 */
final class BinaryCopyRows {

    /** The binary COPY signature: "PGCOPY\n\377\r\n\0". */
    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final CopyOut copy;
    private final int fields;
    private final int[] offset;
    private final int[] length;
    private byte[] buffer = new byte[0];
    private boolean header = true;

    BinaryCopyRows(CopyOut copy, int fields) {
        this.copy = copy;
        this.fields = fields;
        this.offset = new int[fields];
        this.length = new int[fields];
    }

    /** Reads the next row; false at the end of the data. */
    boolean next() throws SQLException {
        int p = 0;
        do {
            buffer = copy.readFromCopy();
            if (buffer == null) {
                throw new IllegalStateException("the COPY ended without its trailer");
            }
            p = 0;
            if (header) {
                if (buffer.length < SIGNATURE.length + 8
                        || !Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                    throw new IllegalStateException("not a binary COPY stream");
                }
                p = SIGNATURE.length + 4; // flags
                p += 4 + int4At(p); // header extension
                header = false;
            }
        } while (p == buffer.length);
        short count = (short) ((buffer[p] & 0xff) << 8 | (buffer[p + 1] & 0xff));
        p += 2;
        if (count == -1) {
            if (copy.readFromCopy() != null) {
                throw new IllegalStateException("data after the COPY trailer");
            }
            return false;
        }
        if (count != fields) {
            throw new IllegalStateException("expected " + fields + " fields, got " + count);
        }
        for (int i = 0; i < fields; i++) {
            int n = int4At(p);
            p += 4;
            offset[i] = p;
            length[i] = n;
            p += Math.max(n, 0);
        }
        if (p != buffer.length) {
            throw new IllegalStateException("a COPY message holds more than one row");
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
        return int4At(offset[field]);
    }

    long int8(int field) {
        return (long) int4At(offset[field]) << 32 | (int4At(offset[field] + 4) & 0xffffffffL);
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

    private int int4At(int o) {
        return (buffer[o] & 0xff) << 24 | (buffer[o + 1] & 0xff) << 16 | (buffer[o + 2] & 0xff) << 8 | (buffer[o + 3] & 0xff);
    }
}
