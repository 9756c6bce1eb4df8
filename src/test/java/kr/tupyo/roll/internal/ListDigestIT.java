package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kr.tupyo.election.ElectionId;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest streams its lines with COPY, which keeps its connection busy until the end; progress
 * reports in between write to the database. They once shared the connection of the job's transaction
 * and waited for each other for ever (finalisation of a list of more than 10,000 rows).
 */
@TupyoIntegrationTest
class ListDigestIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void progressReportsMayUseTheDatabaseWhileTheLinesStream() {
        UUID election = UUID.randomUUID();
        String table = probeTable(election, 25_000, "'이름|' || i", "'1111051500'", "0");
        try {
            List<Long> reported = new ArrayList<>();
            String digest = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    // Inside a transaction, as a job's code may be: the reports must not need its connection either.
                    new TransactionTemplate(transactions).execute(s -> ListDigest.of(dataSource, table, new ElectionId(election),
                            LocalDate.of(2026, 5, 1), rows -> {
                                reported.add(rows);
                                jdbc.sql("SELECT count(*) FROM roll_jobs").query(Long.class).single();
                            })));
            assertThat(digest).matches("[0-9a-f]{64}");
            assertThat(reported).containsExactly(10_000L, 20_000L);
            assertThat(ListDigest.of(dataSource, table, new ElectionId(election), LocalDate.of(2026, 5, 1)))
                    .as("the same rows, the same digest").isEqualTo(digest);
        } finally {
            jdbc.sql("DROP TABLE " + table).update();
        }
    }

    @Test
    void theDigestIsTheSameWhicheverRangesTheLinesAreWrittenIn() {
        UUID election = UUID.randomUUID();
        // Three 읍면동, voters and excluded residents in each, inserted out of order.
        String table = probeTable(election, 3_000, "'이름 ' || (i * 7919 % 1000)",
                "(ARRAY['2611051000', '1111051500', '1111052000'])[i % 3 + 1]", "1 + i % 2");
        try {
            ElectionId id = new ElectionId(election);
            LocalDate reference = LocalDate.of(2026, 5, 1);
            String whole = ListDigest.of(dataSource, table, id, reference);
            assertThat(ListDigest.of(dataSource, table, id, reference, List.of("", "1111052000", "99999999999"), rows -> { }))
                    .as("two ranges on two connections").isEqualTo(whole);
            assertThat(ListDigest.of(dataSource, table, id, reference,
                    List.of("", "1111051500", "1111052000", "2611051000", "99999999999"), rows -> { }))
                    .as("four ranges, one of them empty").isEqualTo(whole);
            jdbc.sql("UPDATE " + table + " SET name = name || '.' WHERE id = 2999").update();
            assertThat(ListDigest.of(dataSource, table, id, reference, List.of("", "1111052000", "99999999999"), rows -> { }))
                    .as("a change in a spooled section").isNotEqualTo(whole);
        } finally {
            jdbc.sql("DROP TABLE " + table).update();
        }
    }

    /**
     * The compilation makes the digest from the rows its statements return as they insert them
     * ({@link CompiledRange}, in Java) instead of having the database write the lines of the stored list again:
     * both must give the same bytes, also for names that need escaping and that sort otherwise as fields than
     * as lines ("이름" before "이름 1", a bar, a backslash), and the same tallies as the SQL that counts them.
     */
    @Test
    void theRowsAsCompiledGiveTheDigestAndTalliesOfTheStoredList() throws Exception {
        UUID election = UUID.randomUUID();
        String table = probeTable(election, 3_000,
                "(ARRAY['이름', '이름 1', 'a|b', 'a\\b', 'A', 'line' || chr(10) || 'break'])[i % 6 + 1] || repeat('.', i % 4)",
                "(ARRAY['2611051000', '1111051500', '1111052000'])[i % 3 + 1]", "1 + i % 2");
        String tallies = "roll_tally_probe_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE TABLE " + tallies + " (LIKE roll_tallies)").update();
        try {
            ElectionId id = new ElectionId(election);
            LocalDate reference = LocalDate.of(2026, 5, 1);
            LocalDate electionDay = LocalDate.of(2026, 6, 3);
            // The third range holds no 읍면동: its COPY is a header and a trailer.
            List<String> bounds = List.of("", "1111052000", "99999999999", "999999999999");
            try (CompiledDigest digest = new CompiledDigest(id, reference, 3); Connection connection = dataSource.getConnection()) {
                // The ranges end in another order than theirs, as side by side they may: the digest still takes
                // their lines in the ranges' order.
                for (int i : new int[] {2, 0, 1}) {
                    CompiledRange range = new CompiledRange(digest.voters(i), digest.excluded(i), Map.of(),
                            new CompileTallies(election, electionDay));
                    feed(connection, range, table, bounds.get(i), bounds.get(i + 1), "emd_code, exclusion IS NULL, precinct_seq, voter_number, id DESC");
                    assertThat(range.inOrder()).isTrue();
                    range.tallies().copyInto(connection, tallies);
                    digest.ended(i);
                }
                assertThat(digest.digest(true)).contains(ListDigest.of(dataSource, table, id, reference));
            }
            String columns = "emd_code, precinct_id, constituency_vote, exclusion, sex, age_band, residence_type, people";
            assertThat(jdbc.sql("SELECT " + columns + " FROM " + tallies + " ORDER BY 1, 2, 3, 4, 5, 6, 7").query().listOfRows())
                    .isEqualTo(jdbc.sql("SELECT " + columns + " FROM (" + CompileSql.tallySelect(table, electionDay, "true")
                            + ") t ORDER BY 1, 2, 3, 4, 5, 6, 7").query().listOfRows());

            try (CompiledDigest digest = new CompiledDigest(id, reference, 1); Connection connection = dataSource.getConnection()) {
                CompiledRange range = new CompiledRange(digest.voters(0), digest.excluded(0), Map.of(),
                        new CompileTallies(election, electionDay));
                feed(connection, range, table, "", "99999999999", "emd_code DESC, exclusion IS NULL, precinct_seq, voter_number");
                digest.ended(0);
                assertThat(range.inOrder()).as("읍면동 in descending order").isFalse();
                assertThat(digest.digest(range.inOrder())).isEmpty();
            }
        } finally {
            jdbc.sql("DROP TABLE " + table + ", " + tallies).update();
        }
    }

    private static void feed(Connection connection, CompiledRange range, String table, String from, String to, String order)
            throws Exception {
        String query = "SELECT " + CompileSql.RETURNED + " FROM " + table + " WHERE emd_code >= '" + from + "' AND emd_code < '"
                + to + "' ORDER BY " + order;
        BinaryCopyRows rows = new BinaryCopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + query + ") TO STDOUT (FORMAT binary)"), CompiledRange.FIELDS);
        while (rows.next()) {
            range.add(rows);
        }
        range.finish();
    }

    /** A table like roll_entries holding rows i = 1..n: every tenth excluded (UNDER_AGE), the others voters numbered i. */
    private String probeTable(UUID election, int rows, String name, String emdCode, String precinctSeq) {
        String table = "roll_digest_probe_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE TABLE " + table + " (LIKE roll_entries)").update();
        jdbc.sql("""
                INSERT INTO %1$s (election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality,
                                emd_code, address, residence_type, exclusion, constituency_vote, precinct_seq, voter_number)
                SELECT ?, i, i, sha256(i::text::bytea), '800101-1******', %2$s, DATE '1980-01-01', 'M', 'KR', %3$s,
                       '주소 ' || i, 'DOMESTIC', CASE WHEN i %% 10 = 0 THEN 'UNDER_AGE' END, true,
                       CASE WHEN i %% 10 <> 0 THEN %4$s END, CASE WHEN i %% 10 <> 0 THEN i END
                FROM generate_series(1, %5$d) i""".formatted(table, name, emdCode, precinctSeq, rows)).param(election).update();
        return table;
    }
}
