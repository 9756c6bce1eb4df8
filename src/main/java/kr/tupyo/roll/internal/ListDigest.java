package kr.tupyo.roll.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SHA-256 over the canonical form of a voters list (docs/formats/voters-list-digest.md), streamed from
 * the database with a cursor so that 52 M rows never sit in memory. The same list gives the same
 * bytes, whichever machine or key: nothing in it depends on surrogate ids or the keyed hash.
 */
final class ListDigest {

    static final String HEADER = "tupyo voters list v1";
    static final int REPORT_EVERY = 10_000;

    private ListDigest() {
    }

    /** @param precinctNames precinct id → name, as the compilation used them */
    static String of(javax.sql.DataSource dataSource, TransactionTemplate tx, String table, ElectionId election,
                     java.time.LocalDate referenceDate, Map<Long, String> precinctNames) {
        return of(dataSource, tx, table, election, referenceDate, precinctNames, rows -> { });
    }

    /** @param rowsDigested told the number of rows digested so far, every {@value #REPORT_EVERY} rows (progress only) */
    static String of(javax.sql.DataSource dataSource, TransactionTemplate tx, String table, ElectionId election,
                     java.time.LocalDate referenceDate, Map<Long, String> precinctNames,
                     java.util.function.LongConsumer rowsDigested) {
        long[] rows = {0};
        MessageDigest sha = sha256();
        line(sha, HEADER);
        line(sha, "election=" + election.value());
        line(sha, "reference_date=" + referenceDate);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(10_000); // a cursor (inside the transaction) instead of the whole result in memory
        tx.executeWithoutResult(status -> {
            jdbc.query("SELECT emd_code, precinct_seq, precinct_id, voter_number, rrn_masked, name, birth_date, sex, "
                    + "residence_type, constituency_vote, address, remarks FROM " + table
                    + " WHERE election_id = " + PartitionNames.literal(election.value())
                    + " AND exclusion IS NULL ORDER BY emd_code, precinct_seq, voter_number", (RowCallbackHandler) rs -> {
                counted(rows, rowsDigested);
                long precinct = rs.getLong("precinct_id");
                line(sha, String.join("|", "V", rs.getString("emd_code"), Integer.toString(rs.getInt("precinct_seq")),
                        escape(rs.wasNull() ? "" : precinctNames.getOrDefault(precinct, "")),
                        Integer.toString(rs.getInt("voter_number")), rs.getString("rrn_masked"), escape(rs.getString("name")),
                        rs.getString("birth_date"), rs.getString("sex"), rs.getString("residence_type"),
                        rs.getBoolean("constituency_vote") ? "1" : "0", escape(rs.getString("address")),
                        escape(rs.getString("remarks") == null ? "" : rs.getString("remarks"))));
            });
            jdbc.query("SELECT exclusion, emd_code, rrn_masked, name, birth_date, sex, residence_type, address FROM " + table
                    + " WHERE election_id = " + PartitionNames.literal(election.value()) + " AND exclusion IS NOT NULL"
                    + " ORDER BY emd_code COLLATE \"C\", exclusion COLLATE \"C\", rrn_masked COLLATE \"C\", name COLLATE \"C\","
                    + " birth_date, sex COLLATE \"C\", residence_type COLLATE \"C\", address COLLATE \"C\"", (RowCallbackHandler) rs -> line(sha, counted(rows, rowsDigested) + String.join("|", "X",
                    rs.getString("exclusion"), rs.getString("emd_code"), rs.getString("rrn_masked"),
                    escape(rs.getString("name")), rs.getString("birth_date"), rs.getString("sex"),
                    rs.getString("residence_type"), escape(rs.getString("address")))));
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Counts a row and reports every {@value #REPORT_EVERY}; returns "" so that it can prefix a line. */
    private static String counted(long[] rows, java.util.function.LongConsumer report) {
        if (++rows[0] % REPORT_EVERY == 0) {
            report.accept(rows[0]);
        }
        return "";
    }

    /** Backslash, bar and line breaks are escaped so that fields never run into each other. */
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
