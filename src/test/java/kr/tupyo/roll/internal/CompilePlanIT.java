package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ElectionCalendar;
import kr.tupyo.election.ElectionType;
import kr.tupyo.election.EligibilityRules;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The by-election terms of the compile statement cost a general election nothing (decision 044, second session-6 addendum):
 * with their parameters false, PostgreSQL folds them away, sub-selects included, and the plan of a national
 * compilation is the plan of the statement without them, line for line ({@code EXPLAIN (VERBOSE)}).
 */
@TupyoIntegrationTest
class CompilePlanIT {

    static final LocalDate DAY = LocalDate.of(2026, 6, 3);
    /**
     * A compilation reads the tables it staged ({@link BuildTables}), copies of these with the same columns; the plan's
     * shape does not depend on which, and the by-election's sub-select keeps the name {@code roll_emd_contests…}.
     */
    static final String PRECINCTS = "roll_precincts";
    static final String EMD_CONTESTS = "roll_emd_contests";

    /** The terms the by-election's area added to the CASE (its own WHEN, and the foreigners' term of NOT_NATIONAL). */
    static final Pattern AREA_TERM = Pattern.compile("(?s)\\s*WHEN :election_area_only.*?THEN 'OUTSIDE_ELECTION_AREA'");
    static final Pattern FOREIGNER_TERM = Pattern.compile(
            "(?s)\\s*OR \\(:foreign_residents_local_contests_only.*?NOT c\\.constituency_vote\\)\\)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void generalElectionsPlanTheStatementAsIfTheAreaTermsWereNotThere() {
        String statement = CompileSql.insertInto("pg_temp.plan_build", EMD_CONTESTS);
        assertThat(AREA_TERM.matcher(statement).results().count()).as("the area term").isOne();
        assertThat(FOREIGNER_TERM.matcher(statement).results().count()).as("the foreigners' term").isOne();
        String without = FOREIGNER_TERM.matcher(AREA_TERM.matcher(statement).replaceAll("")).replaceAll("");
        assertThat(without).doesNotContain("roll_emd_contests").contains("'FOREIGN_RESIDENT') THEN 'NOT_NATIONAL'");
        for (ElectionType type : List.of(ElectionType.LOCAL, ElectionType.NATIONAL_ASSEMBLY, ElectionType.PRESIDENTIAL)) {
            EligibilityRules rules = rules(type);
            String plan = plan(statement, rules);
            assertThat(plan).as(type.name()).doesNotContain("roll_emd_contests", "OUTSIDE_ELECTION_AREA");
            assertThat(plan).as(type.name()).isEqualTo(plan(without, rules));
        }
    }

    @Test
    void aByElectionReadsTheContestedPlacesOnce() {
        String plan = plan(CompileSql.insertInto("pg_temp.plan_build", EMD_CONTESTS),
                rules(ElectionType.BY_ELECTION, ContestKind.LOCAL_HEAD, ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY));
        assertThat(plan).contains("roll_emd_contests", "OUTSIDE_ELECTION_AREA", "hashed SubPlan");
    }

    static EligibilityRules rules(ElectionType type, ContestKind... kinds) {
        return EligibilityRules.forElection(type, ElectionCalendar.statutory(type, DAY), List.of(kinds));
    }

    /** {@code EXPLAIN (VERBOSE)} of the statement with the rules inlined, as a compilation inlines them ({@link SqlLiterals}). */
    String plan(String statement, EligibilityRules rules) {
        UUID election = UUID.fromString("00000000-0000-0000-0000-000000000044");
        return new TransactionTemplate(transactions).execute(s -> {
            jdbc.sql("CREATE TEMPORARY TABLE plan_build (LIKE roll_entries) ON COMMIT DROP").update();
            Map<String, Object> values = new HashMap<>(rules.sqlParameters());
            values.put("election", election);
            values.put("emd_from", "1100000000");
            values.put("emd_to", "5000000000");
            jdbc.sql(SqlLiterals.inline(CompileSql.shares(PRECINCTS), values)).update();
            return String.join("\n", jdbc.sql("EXPLAIN (VERBOSE, COSTS OFF) " + SqlLiterals.inline(statement, values))
                    .query(String.class).list());
        });
    }
}
