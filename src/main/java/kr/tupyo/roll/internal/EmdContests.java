package kr.tupyo.roll.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.VoterContests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contests of each 읍면동 (with and without the constituency vote), resolved once per 읍면동 by the
 * election module and kept with the list, so that a voter's contests are a join, not a computation. A compilation
 * stages them in a table of its own and its swap publishes them with the list it compiled ({@link BuildTables}).
 */
@Repository
public class EmdContests {

    private static final String COLUMNS = "election_id, emd_code, constituency_vote, contest_ids";

    private final JdbcClient jdbc;
    private final ContestResolver resolver;

    EmdContests(JdbcClient jdbc, ContestResolver resolver) {
        this.jdbc = jdbc;
        this.resolver = resolver;
    }

    /**
     * Resolves each 읍면동's contests into a new table of a compilation ({@link BuildTables#emdContests}), which the
     * compilation reads (a by-election's area, decision 044); the published rows change only when its swap
     * {@linkplain #publish publishes} them.
     */
    void stage(String table, ElectionId election, Collection<String> emdCodes) {
        jdbc.sql("CREATE TABLE " + table + " (LIKE roll_emd_contests INCLUDING ALL)").update();
        for (boolean constituencyVote : new boolean[] {true, false}) {
            Map<String, VoterContests> resolved = resolver.resolveEach(election, emdCodes, constituencyVote);
            resolved.forEach((emd, contests) -> jdbc.sql("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?)")
                    .params(election.value(), emd, constituencyVote,
                            contests.contests().stream().map(Contest::id).map(ContestId::value).toArray(UUID[]::new))
                    .update());
        }
        // Statistics of its own, so that the planner hashes the by-election's sub-selects as it did the published table.
        jdbc.sql("ANALYZE " + table).update();
    }

    /** Replaces the list's contests per 읍면동 with those staged (in the swap: draft only, frozen by a trigger after). */
    void publish(ElectionId election, String staged) {
        BuildTables.publish(jdbc, "roll_emd_contests", COLUMNS, election, staged);
    }

    public List<ContestId> of(ElectionId election, String emdCode, boolean constituencyVote) {
        return jdbc.sql("SELECT contest_ids FROM roll_emd_contests WHERE election_id = ? AND emd_code = ? AND constituency_vote = ?")
                .params(election.value(), emdCode, constituencyVote)
                .query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray()).stream().map(ContestId::new).toList())
                .optional().orElse(List.of());
    }
}
