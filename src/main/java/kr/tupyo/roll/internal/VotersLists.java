package kr.tupyo.roll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code voters_lists} rows. */
@Repository
public class VotersLists {

    private final JdbcClient jdbc;

    VotersLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VotersList> find(ElectionId election) {
        return jdbc.sql("SELECT * FROM voters_lists WHERE election_id = ?").param(election.value())
                .query(VotersLists::list).optional();
    }

    /** Locks the row for the rest of the transaction (finalisation, objection decisions, the swap). */
    Optional<VotersList> lock(ElectionId election) {
        return jdbc.sql("SELECT * FROM voters_lists WHERE election_id = ? FOR UPDATE").param(election.value())
                .query(VotersLists::list).optional();
    }

    public RollStatus status(ElectionId election) {
        return find(election).map(VotersList::status).orElse(RollStatus.NOT_COMPILED);
    }

    /** Counts per exclusion reason (NULL = on the list) from the tallies. */
    public List<ReasonCount> reasonCounts(ElectionId election) {
        return jdbc.sql("""
                SELECT exclusion, sum(people) AS people FROM roll_tallies WHERE election_id = ?
                GROUP BY exclusion ORDER BY exclusion NULLS FIRST""").param(election.value())
                .query((rs, n) -> new ReasonCount(rs.getString("exclusion"), rs.getLong("people"))).list();
    }

    /** Stores a compiled draft with the contests it was compiled with. */
    void compiled(ElectionId election, LocalDate referenceDate, String by, long residents, long voters, String digest,
                  Collection<ContestId> contests) {
        jdbc.sql("""
                INSERT INTO voters_lists (election_id, status, reference_date, compiled_at, compiled_by, residents, voters, digest,
                                          contest_ids)
                VALUES (?, 'COMPILED', ?, now(), ?, ?, ?, ?, ?)
                ON CONFLICT (election_id) DO UPDATE SET reference_date = excluded.reference_date, compiled_at = now(),
                    compiled_by = excluded.compiled_by, compilations = voters_lists.compilations + 1,
                    residents = excluded.residents, voters = excluded.voters, digest = excluded.digest,
                    contest_ids = excluded.contest_ids""")
                .params(election.value(), referenceDate, by, residents, voters, digest,
                        contests.stream().map(ContestId::value).sorted().toArray(UUID[]::new)).update();
    }

    /** The contests the draft (or the finalised list) was compiled with; empty when not known (finalised before V6_4). */
    Optional<Set<ContestId>> compiledContests(ElectionId election) {
        return jdbc.sql("SELECT contest_ids FROM voters_lists WHERE election_id = ? AND contest_ids IS NOT NULL")
                .param(election.value())
                .query((rs, n) -> Set.copyOf(Arrays.stream((UUID[]) rs.getArray(1).getArray()).map(ContestId::new).toList()))
                .optional();
    }

    void changed(ElectionId election, long residents, long voters, String digest) {
        jdbc.sql("UPDATE voters_lists SET residents = ?, voters = ?, digest = ? WHERE election_id = ?")
                .params(residents, voters, digest, election.value()).update();
    }

    /** COMPILED → FINALISING: from now on the database refuses changes to the list (the job digests it). */
    void finalising(ElectionId election) {
        jdbc.sql("UPDATE voters_lists SET status = 'FINALISING' WHERE election_id = ? AND status = 'COMPILED'")
                .param(election.value()).update();
    }

    /** FINALISING → FINALISED with the digest the job took over the frozen list. */
    void finalised(ElectionId election, String by, String digest) {
        jdbc.sql("""
                UPDATE voters_lists SET status = 'FINALISED', digest = ?, finalised_at = now(), finalised_by = ?
                WHERE election_id = ? AND status = 'FINALISING'""").params(digest, by, election.value()).update();
    }

    /** FINALISING → COMPILED: the finalisation job failed; the draft is open again. */
    void finalisationFailed(ElectionId election) {
        jdbc.sql("UPDATE voters_lists SET status = 'COMPILED' WHERE election_id = ? AND status = 'FINALISING'")
                .param(election.value()).update();
    }

    /** A count per reason; {@code reason} null for voters on the list. */
    public record ReasonCount(String reason, long people) {
    }

    private static VotersList list(ResultSet rs, int n) throws SQLException {
        Timestamp finalised = rs.getTimestamp("finalised_at");
        return new VotersList(new ElectionId(rs.getObject("election_id", UUID.class)), RollStatus.valueOf(rs.getString("status")),
                rs.getObject("reference_date", LocalDate.class), rs.getTimestamp("compiled_at").toInstant(),
                rs.getString("compiled_by"), rs.getInt("compilations"), rs.getLong("residents"), rs.getLong("voters"),
                rs.getString("digest"), finalised == null ? null : finalised.toInstant(), rs.getString("finalised_by"));
    }
}
