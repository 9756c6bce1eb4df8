package kr.tupyo.roll.internal;

import java.util.UUID;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables one compilation builds beside the published draft, named after its job: the entries, their tallies, and
 * the precinct shares and each 읍면동's contests it compiles with. Until the swap the published draft keeps its own
 * precincts and contests; the swap replaces all four in one transaction, and a compilation that fails drops them, so
 * a draft is never shown with the precincts or contests of another compilation (decision 101, session 7 addendum).
 */
record BuildTables(String entries, String tallies, String precincts, String emdContests) {

    static BuildTables of(UUID job) {
        return new BuildTables(PartitionNames.build(job), PartitionNames.tallies(job), PartitionNames.precincts(job),
                PartitionNames.emdContests(job));
    }

    /**
     * In the swap: the election's rows of a published table ({@code roll_precincts}, {@code roll_emd_contests},
     * {@code roll_tallies}) replaced by those the compilation staged in its own table of the same columns.
     */
    static void publish(JdbcClient jdbc, String published, String columns, ElectionId election, String staged) {
        jdbc.sql("DELETE FROM " + published + " WHERE election_id = ?").param(election.value()).update();
        jdbc.sql("INSERT INTO " + published + " (" + columns + ") SELECT " + columns + " FROM " + staged).update();
    }

    /** Drops whichever of them exist (left over by a worker that died, or by a compilation that failed). */
    String dropStatement() {
        return "DROP TABLE IF EXISTS " + String.join(", ", entries, tallies, precincts, emdContests);
    }
}
