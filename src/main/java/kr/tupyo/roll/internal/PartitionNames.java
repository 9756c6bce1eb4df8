package kr.tupyo.roll.internal;

import java.util.UUID;
import kr.tupyo.election.ElectionId;

/** Table names of an election's partition of {@code roll_entries} and of the tables a compilation builds ({@link BuildTables}). */
final class PartitionNames {

    private PartitionNames() {
    }

    static String partition(ElectionId election) {
        return "roll_entries_" + hex(election.value());
    }

    static String build(UUID job) {
        return "roll_entries_build_" + hex(job);
    }

    /** The table a compilation's tallies are counted into before the swap. */
    static String tallies(UUID job) {
        return build(job) + "_tallies";
    }

    /** The precinct shares a compilation stages for itself; its swap publishes them into {@code roll_precincts}. */
    static String precincts(UUID job) {
        return "roll_precincts_build_" + hex(job);
    }

    /** Each 읍면동's contests as a compilation stages them; its swap publishes them into {@code roll_emd_contests}. */
    static String emdContests(UUID job) {
        return "roll_emd_contests_build_" + hex(job);
    }

    /** A UUID as a SQL literal; safe because a UUID's text has only hex digits and hyphens. */
    static String literal(UUID id) {
        return "'" + id + "'::uuid";
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }
}
