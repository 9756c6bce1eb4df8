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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import kr.tupyo.election.ElectionId;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * SHA-256 over the canonical form of a voters list (docs/formats/voters-list-digest.md). The database
 * writes the lines and streams them with {@code COPY ... (FORMAT binary)}, one statement per range of
 * 읍면동 codes and kind of line, several at once on connections of their own that share one snapshot; this
 * side only hashes bytes (the sections that must wait for earlier ones wait in an {@link EncryptedSpool}),
 * so 52 M rows never sit in memory and no row is decoded into Java objects. The same list gives the same bytes, whichever machine or key: nothing in the form
 * depends on surrogate ids or the keyed hash.
 */
final class ListDigest {

    static final String HEADER = "tupyo voters list v1";
    static final int REPORT_EVERY = 10_000;
    /** One range holding every 읍면동 code: one statement per kind of line, on one connection. */
    static final List<String> WHOLE = List.of(EmdRanges.BELOW_ALL, EmdRanges.ABOVE_ALL);
    /** Runs the extra connections' statements; each thread holds its connection for one digest. */
    private static final Executor CONNECTIONS =
            Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("roll-digest-", 1).factory());

    /** The binary COPY signature: "PGCOPY\n\377\r\n\0". */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private ListDigest() {
    }

    static String of(DataSource dataSource, String table, ElectionId election, java.time.LocalDate referenceDate) {
        return of(dataSource, table, election, referenceDate, WHOLE, rows -> { });
    }

    static String of(DataSource dataSource, String table, ElectionId election, java.time.LocalDate referenceDate,
                     LongConsumer rowsDigested) {
        return of(dataSource, table, election, referenceDate, WHOLE, rowsDigested);
    }

    /**
     * @param emdBounds    ranges of 읍면동 codes ({@link EmdRanges}): the lines of each range are written by their own
     *                     statement, and those statements run on as many connections at once as there are ranges,
     *                     all reading one snapshot. The digest is the same for any ranges.
     * @param rowsDigested told the number of rows digested so far, every {@value #REPORT_EVERY} rows (progress
     *                     only); it may use the database: the lines come on connections of their own, busy with
     *                     the COPY until it ends, never the caller's
     */
    static String of(DataSource dataSource, String table, ElectionId election, java.time.LocalDate referenceDate,
                     List<String> emdBounds, LongConsumer rowsDigested) {
        return of(dataSource, table, "roll_precincts", election, referenceDate, emdBounds, rowsDigested);
    }

    /** @param precincts where the precincts' names are read: a compilation's own before its swap ({@link BuildTables}) */
    static String of(DataSource dataSource, String table, String precincts, ElectionId election,
                     java.time.LocalDate referenceDate, List<String> emdBounds, LongConsumer rowsDigested) {
        MessageDigest sha = started(election, referenceDate);
        List<String> sections = sections(table, precincts, PartitionNames.literal(election.value()), emdBounds);
        Rows rows = new Rows(rowsDigested);
        // Lines must be hashed in order: the first section streams straight into the digest, the others wait in
        // spools until it is their turn.
        List<EncryptedSpool> spools = new ArrayList<>(java.util.Collections.nCopies(sections.size(), null));
        AtomicInteger next = new AtomicInteger(1);
        List<CompletableFuture<Void>> others = new ArrayList<>();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            first.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            int helpers = Math.min(emdBounds.size() - 1, sections.size()) - 1;
            String snapshot = helpers > 0 ? exportSnapshot(first) : null;
            for (int i = 0; i < helpers; i++) {
                others.add(CompletableFuture.runAsync(() -> spoolOnOwnConnection(dataSource, snapshot, sections, spools, next, rows),
                        CONNECTIONS));
            }
            LineSink hash = (bytes, length) -> {
                sha.update(bytes, 0, length);
                sha.update((byte) '\n');
            };
            if (helpers == 0) { // one connection: every section in order, straight into the digest
                for (String section : sections) {
                    copyLines(first, section, hash, rows);
                }
                first.commit();
                return HexFormat.of().formatHex(sha.digest());
            }
            copyLines(first, sections.getFirst(), hash, rows);
            spoolSections(first, sections, spools, next, rows);
            for (CompletableFuture<Void> other : others) {
                other.join();
            }
            first.commit();
            for (EncryptedSpool spool : spools.subList(1, spools.size())) {
                spool.hashInto(sha);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot digest the voters list", e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            // On failure too, no spool is deleted while another connection still writes it (and none starts a new one).
            next.set(sections.size());
            others.forEach(other -> other.exceptionally(e -> null).join());
            spools.stream().filter(java.util.Objects::nonNull).forEach(EncryptedSpool::close);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The V lines of each range of codes, then the X lines of each range: the canonical order. */
    static List<String> sections(String table, String precincts, String electionLiteral, List<String> emdBounds) {
        List<String> voters = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i + 1 < emdBounds.size(); i++) {
            String from = code(emdBounds.get(i));
            String to = code(emdBounds.get(i + 1));
            voters.add("""
                    SELECT 'V|' || e.emd_code || '|' || e.precinct_seq || '|' || roll_digest_field(coalesce(p.name, ''))
                           || '|' || e.voter_number || '|' || e.rrn_masked || '|' || roll_digest_field(e.name)
                           || '|' || e.birth_date || '|' || e.sex || '|' || e.residence_type
                           || '|' || CASE WHEN e.constituency_vote THEN '1' ELSE '0' END
                           || '|' || roll_digest_field(e.address) || '|' || roll_digest_field(coalesce(e.remarks, ''))
                    FROM %1$s e
                    LEFT JOIN %5$s p ON p.election_id = e.election_id AND p.precinct_id = e.precinct_id
                    WHERE e.election_id = %2$s AND e.exclusion IS NULL AND e.emd_code >= '%3$s' AND e.emd_code < '%4$s'
                    ORDER BY e.emd_code, e.precinct_seq, e.voter_number""".formatted(table, electionLiteral, from, to, precincts));
            excluded.add("""
                    SELECT 'X|' || exclusion || '|' || emd_code || '|' || rrn_masked || '|' || roll_digest_field(name)
                           || '|' || birth_date || '|' || sex || '|' || residence_type || '|' || roll_digest_field(address)
                    FROM %1$s WHERE election_id = %2$s AND exclusion IS NOT NULL AND emd_code >= '%3$s' AND emd_code < '%4$s'
                    ORDER BY emd_code COLLATE "C", exclusion COLLATE "C", rrn_masked COLLATE "C", name COLLATE "C",
                             birth_date, sex COLLATE "C", residence_type COLLATE "C", address COLLATE "C"
                    """.formatted(table, electionLiteral, from, to));
        }
        voters.addAll(excluded);
        return voters;
    }

    private static String code(String bound) {
        if (!bound.matches("[0-9]*")) {
            throw new IllegalArgumentException("not a 읍면동 code bound: " + bound);
        }
        return bound;
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("SELECT pg_export_snapshot()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void spoolOnOwnConnection(DataSource dataSource, String snapshot, List<String> sections,
                                             List<EncryptedSpool> spools, AtomicInteger next, Rows rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (var statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "") + "'");
            }
            spoolSections(connection, sections, spools, next, rows);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot digest the voters list", e);
        }
    }

    /** Takes sections not yet taken, in order, and writes their lines to spools, until none is left. */
    private static void spoolSections(Connection connection, List<String> sections, List<EncryptedSpool> spools,
                                      AtomicInteger next, Rows rows) {
        for (int i; (i = next.getAndIncrement()) < sections.size(); ) {
            EncryptedSpool spool = new EncryptedSpool();
            synchronized (spools) {
                spools.set(i, spool);
            }
            copyLines(connection, sections.get(i), spool::line, rows);
        }
    }

    /** A digest with the form's first three lines hashed; the lines of the list come next. */
    static MessageDigest started(ElectionId election, java.time.LocalDate referenceDate) {
        MessageDigest sha = sha256();
        line(sha, HEADER);
        line(sha, "election=" + election.value());
        line(sha, "reference_date=" + referenceDate);
        return sha;
    }

    /** Where the lines of a section go: the bytes of one line, without its line feed. */
    interface LineSink {
        void line(byte[] bytes, int length);
    }

    /** Counts rows over all connections and reports every {@value #REPORT_EVERY}, one report at a time. */
    private static final class Rows {
        private final LongConsumer report;
        private final AtomicLong count = new AtomicLong();

        Rows(LongConsumer report) {
            this.report = report;
        }

        void one() {
            long now = count.incrementAndGet();
            if (now % REPORT_EVERY == 0) {
                synchronized (this) {
                    report.accept(now);
                }
            }
        }
    }

    /** Hands the one text column of each row of the query to the sink. */
    private static void copyLines(Connection connection, String query, LineSink sink, Rows rows) {
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
                sink.line(field, length);
                rows.one();
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
