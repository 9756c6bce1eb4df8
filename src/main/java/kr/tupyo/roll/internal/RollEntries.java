package kr.tupyo.roll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and (for accepted objections on a draft) changes the entries of a voters list. */
@Repository
public class RollEntries {

    static final String COLUMNS = "id, rrn_masked, name, birth_date, sex, emd_code, address, residence_type, exclusion, "
            + "constituency_vote, precinct_id, precinct_seq, voter_number, remarks";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollEntries(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(5_000);
    }

    public Optional<RollEntry> byLookup(ElectionId election, byte[] rrnLookup) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM roll_entries WHERE election_id = ? AND rrn_lookup = ?")
                .params(election.value(), rrnLookup).query(RollEntries::entry).optional();
    }

    /** One page of a precinct's voters in voter-number order, after the given number. */
    public List<RollEntry> inPrecinct(ElectionId election, String emdCode, int precinctSeq, int afterNumber, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM roll_voters WHERE election_id = ? AND emd_code = ? AND precinct_seq = ? AND voter_number > ?
                 ORDER BY voter_number LIMIT ?""")
                .params(election.value(), emdCode, precinctSeq, afterNumber, limit).query(RollEntries::entry).list();
    }

    /** Every voter of a precinct in voter-number order, streamed (inside a transaction for the cursor). */
    public void forEachInPrecinct(ElectionId election, String emdCode, int precinctSeq, Consumer<RollEntry> action) {
        template.query("SELECT " + COLUMNS + " " + """
                 FROM roll_voters WHERE election_id = ? AND emd_code = ? AND precinct_seq = ? AND voter_number IS NOT NULL
                 ORDER BY voter_number""", (RowCallbackHandler) rs -> action.accept(entry(rs, 0)),
                election.value(), emdCode, precinctSeq);
    }

    public long countInPrecinct(ElectionId election, String emdCode, int precinctSeq) {
        return jdbc.sql("SELECT count(*) FROM roll_voters WHERE election_id = ? AND emd_code = ? AND precinct_seq = ?")
                .params(election.value(), emdCode, precinctSeq).query(Long.class).single();
    }

    /** Excluded entries of one reason, a page at a time (for the officer's view), by 읍면동 and name. */
    public List<RollEntry> excluded(ElectionId election, String reason, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM roll_entries WHERE election_id = ? AND exclusion = ? AND id > ? ORDER BY id LIMIT ?""")
                .params(election.value(), reason, afterId, limit).query(RollEntries::entry).list();
    }

    void exclude(ElectionId election, long id, String reason, String remarks) {
        jdbc.sql("""
                UPDATE roll_entries SET exclusion = ?, precinct_id = NULL, precinct_seq = NULL, voter_number = NULL, remarks = ?
                WHERE election_id = ? AND id = ?""").params(reason, remarks, election.value(), id).update();
    }

    /** Puts an excluded resident on the list with the next free number of the precinct. */
    void include(ElectionId election, long id, Long precinctId, int precinctSeq, String remarks) {
        jdbc.sql("""
                UPDATE roll_entries e SET exclusion = NULL, precinct_id = ?, precinct_seq = ?, remarks = ?,
                       voter_number = (SELECT coalesce(max(voter_number), 0) + 1 FROM roll_entries
                                       WHERE election_id = e.election_id AND emd_code = e.emd_code AND precinct_seq = ?)
                WHERE election_id = ? AND id = ?""")
                .params(precinctId, precinctSeq, remarks, precinctSeq, election.value(), id).update();
    }

    void remark(ElectionId election, long id, String remarks) {
        jdbc.sql("UPDATE roll_entries SET remarks = ? WHERE election_id = ? AND id = ?")
                .params(remarks, election.value(), id).update();
    }

    static RollEntry entry(ResultSet rs, int n) throws SQLException {
        long precinct = rs.getLong("precinct_id");
        Long precinctId = rs.wasNull() ? null : precinct;
        int seq = rs.getInt("precinct_seq");
        Integer precinctSeq = rs.wasNull() ? null : seq;
        int number = rs.getInt("voter_number");
        Integer voterNumber = rs.wasNull() ? null : number;
        return new RollEntry(rs.getLong("id"), rs.getString("rrn_masked"), rs.getString("name"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("emd_code"),
                rs.getString("address"), rs.getString("residence_type"), rs.getString("exclusion"),
                rs.getBoolean("constituency_vote"), precinctId, precinctSeq, voterNumber, rs.getString("remarks"));
    }
}
