package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} (text format), the fastest bulk path.
 * No other statement may run on the connection until {@link #end()}.
 */
final class CopyRows {

    private final PGCopyOutputStream out;
    private boolean ended;

    CopyRows(Connection connection, String table, String... columns) {
        try {
            String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
            this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start COPY into " + table, e);
        }
    }

    void row(Object... values) {
        line(format(values));
    }

    /** Writes a row made by {@link #format}, which may run on another thread. */
    void line(byte[] formatted) {
        try {
            out.write(formatted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row in COPY text format: tab-separated, {@code \\N} for null, bytea as hex, escapes. */
    static byte[] format(Object... values) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(line, values[i]);
        }
        return line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    long end() {
        if (ended) {
            return 0;
        }
        ended = true;
        try {
            return out.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    private static void append(StringBuilder line, Object value) {
        switch (value) {
            case null -> line.append("\\N");
            case byte[] bytes -> line.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            default -> {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(c);
                    }
                }
            }
        }
    }
}
