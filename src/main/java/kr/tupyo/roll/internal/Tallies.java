package kr.tupyo.roll.internal;

import kr.tupyo.election.Election;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps {@code roll_tallies} in step with the entries of one 읍면동 after an accepted objection. */
@Repository
class Tallies {

    private final JdbcClient jdbc;

    Tallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(Election election, String emdCode) {
        jdbc.sql("DELETE FROM roll_tallies WHERE election_id = ? AND emd_code = ?")
                .params(election.id().value(), emdCode).update();
        jdbc.sql("INSERT INTO roll_tallies (" + CompileSql.TALLY_COLUMNS + ") "
                        + CompileSql.tallySelect("roll_entries", election.electionDay(), "election_id = :election AND emd_code = :emd"))
                .param("election", election.id().value()).param("emd", emdCode).update();
    }

    long voters(Election election) {
        return jdbc.sql("SELECT coalesce(sum(people), 0) FROM roll_tallies WHERE election_id = ? AND exclusion IS NULL")
                .param(election.id().value()).query(Long.class).single();
    }
}
