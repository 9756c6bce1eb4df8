package kr.tupyo.roll.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import kr.tupyo.election.ElectionId;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * SHA-256 over the canonical form of a voters list (docs/formats/voters-list-digest.md). The database
 * writes the lines (its own process, so on the other core) and streams them with {@code COPY ... (FORMAT
 * binary)}; this side only hashes bytes, so 52 M rows never sit in memory and no row is decoded into
 * Java objects. The same list gives the same bytes, whichever machine or key: nothing in the form
 * depends on surrogate ids or the keyed hash.
 */
final class ListDigest {

    static final String HEADER = "tupyo voters list v1";
    static final int REPORT_EVERY = 10_000;

    /** The binary COPY signature: "PGCOPY\n\377\r\n\0". */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private ListDigest() {
    }

    static String of(DataSource dataSource, String table, ElectionId election, java.time.LocalDate referenceDate) {
        return of(dataSource, table, election, referenceDate, rows -> { });
    }

    /**
     * @param rowsDigested told the number of rows digested so far, every {@value #REPORT_EVERY} rows (progress
     *                     only); it may use the database: the lines come on a connection of their own, busy with
     *                     the COPY until it ends, never the caller's
     */
    static String of(DataSource dataSource, String table, ElectionId election, java.time.LocalDate referenceDate,
                     LongConsumer rowsDigested) {
        MessageDigest sha = sha256();
        line(sha, HEADER);
        line(sha, "election=" + election.value());
        line(sha, "reference_date=" + referenceDate);
        String electionLiteral = PartitionNames.literal(election.value());
        long[] rows = {0};
        try (Connection connection = dataSource.getConnection()) {
            // Both passes read the same snapshot of the list.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            copyLines(connection, """
                    SELECT 'V|' || e.emd_code || '|' || e.precinct_seq || '|' || roll_digest_field(coalesce(p.name, ''))
                           || '|' || e.voter_number || '|' || e.rrn_masked || '|' || roll_digest_field(e.name)
                           || '|' || e.birth_date || '|' || e.sex || '|' || e.residence_type
                           || '|' || CASE WHEN e.constituency_vote THEN '1' ELSE '0' END
                           || '|' || roll_digest_field(e.address) || '|' || roll_digest_field(coalesce(e.remarks, ''))
                    FROM %1$s e
                    LEFT JOIN roll_precincts p ON p.election_id = e.election_id AND p.precinct_id = e.precinct_id
                    WHERE e.election_id = %2$s AND e.exclusion IS NULL
                    ORDER BY e.emd_code, e.precinct_seq, e.voter_number""".formatted(table, electionLiteral),
                    sha, rows, rowsDigested);
            copyLines(connection, """
                    SELECT 'X|' || exclusion || '|' || emd_code || '|' || rrn_masked || '|' || roll_digest_field(name)
                           || '|' || birth_date || '|' || sex || '|' || residence_type || '|' || roll_digest_field(address)
                    FROM %1$s WHERE election_id = %2$s AND exclusion IS NOT NULL
                    ORDER BY emd_code COLLATE "C", exclusion COLLATE "C", rrn_masked COLLATE "C", name COLLATE "C",
                             birth_date, sex COLLATE "C", residence_type COLLATE "C", address COLLATE "C"
                    """.formatted(table, electionLiteral), sha, rows, rowsDigested);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot digest the voters list", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Hashes the one text column of each row of the query, each followed by a line feed. */
    private static void copyLines(Connection connection, String query, MessageDigest sha, long[] rows, LongConsumer report) {
        try (var in = new DataInputStream(new BufferedInputStream(
                new PGCopyInputStream(connection.unwrap(PGConnection.class), "COPY (" + query + ") TO STDOUT (FORMAT binary)"),
                1 << 16))) {
            byte[] signature = new byte[SIGNATURE.length];
            in.readFully(signature);
            if (!java.util.Arrays.equals(signature, SIGNATURE)) {
                throw new IllegalStateException("not a binary COPY stream");
            }
            in.readInt(); // flags
            in.skipNBytes(in.readInt()); // header extension
            byte[] field = new byte[1024];
            for (short fields; (fields = in.readShort()) != -1; ) {
                if (fields != 1) {
                    throw new IllegalStateException("a digest line is one field, got " + fields);
                }
                int length = in.readInt();
                if (length < 0) {
                    throw new IllegalStateException("a voters-list row has a field the canonical form needs empty (NULL)");
                }
                if (length > field.length) {
                    field = new byte[Math.max(length, field.length * 2)];
                }
                in.readFully(field, 0, length);
                sha.update(field, 0, length);
                sha.update((byte) '\n');
                if (++rows[0] % REPORT_EVERY == 0) {
                    report.accept(rows[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Backslash, bar and line breaks are escaped so that fields never run into each other (as SQL's roll_digest_field). */
    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static void line(MessageDigest sha, String line) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
