package kr.tupyo.roll.internal;

import java.util.UUID;

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

    /** Drops whichever of them exist (left over by a worker that died, or by a compilation that failed). */
    String dropStatement() {
        return "DROP TABLE IF EXISTS " + String.join(", ", entries, tallies, precincts, emdContests);
    }
}
