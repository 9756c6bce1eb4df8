package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's look-ups can be served by the narrow indexes of V6_7: partial indexes and a "C"-collated name are used
 * only when a query's own terms imply them, so a query written slightly otherwise would read the whole national list
 * (52 M entries) instead. Checked on an empty partition with sequential scans priced out, as the planner would
 * choose on a large list.
 */
@TupyoIntegrationTest
class ListIndexPlanIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theNameSearchUsesTheNameIndex() {
        assertThat(plan(JdbcIntegratedVotersList.BY_NAME_AND_BIRTH_DATE.replace(":election", "'%1$s'")
                .replace(":birth", "DATE '1980-01-01'").replace(":name", "'홍길동'")))
                .contains("_birth_name").doesNotContain("Seq Scan on roll_entries");
    }

    @Test
    void aPrecinctsPageUsesTheVoterNumberIndex() {
        assertThat(plan(questionMarks(RollEntries.PRECINCT_PAGE, "'%1$s'", "7", "0", "200")))
                .contains("_number on roll_entries_", "Index Cond: ((precinct_id = 7) AND (voter_number > 0))")
                .doesNotContain("Seq Scan on roll_entries");
    }

    @Test
    void aPageOfTheExcludedUsesTheirIndex() {
        assertThat(plan(questionMarks(RollEntries.EXCLUDED_PAGE, "'%1$s'", "'UNDER_AGE'", "0", "200")))
                .contains("_excluded").doesNotContain("Seq Scan", "Sort");
    }

    /** The plan of the statement on a new, empty partition (rolled back), with sequential scans priced out. */
    String plan(String statement) {
        UUID election = UUID.randomUUID();
        String partition = PartitionNames.partition(new kr.tupyo.election.ElectionId(election));
        var tx = new TransactionTemplate(transactions);
        return tx.execute(s -> {
            s.setRollbackOnly();
            jdbc.sql("CREATE TABLE " + partition + " PARTITION OF roll_entries FOR VALUES IN ('" + election + "')").update();
            jdbc.sql("SELECT roll_index_partition('" + partition + "'::regclass)").query(String.class).list();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            List<String> lines = jdbc.sql("EXPLAIN (COSTS OFF) " + statement.formatted(election)).query(String.class).list();
            return String.join("\n", lines);
        });
    }

    private static String questionMarks(String statement, String... values) {
        String filled = statement;
        for (String value : values) {
            filled = filled.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(value));
        }
        return filled;
    }
}
