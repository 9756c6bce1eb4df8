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

    /** A page of a precinct's voters: served by the voter-number index (V6_7), whose key begins with the precinct. */
    static final String PRECINCT_PAGE = "SELECT " + COLUMNS + " " + """
             FROM roll_voters WHERE election_id = ? AND precinct_id = ? AND voter_number > ?
             ORDER BY voter_number LIMIT ?""";

    /** A page of the excluded of one reason, in id order: served by the index of the excluded (V6_7). */
    static final String EXCLUDED_PAGE = "SELECT " + COLUMNS + " " + """
             FROM roll_entries WHERE election_id = ? AND exclusion = ? AND id > ? ORDER BY id LIMIT ?""";

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
    public List<RollEntry> inPrecinct(ElectionId election, long precinctId, int afterNumber, int limit) {
        return jdbc.sql(PRECINCT_PAGE)
                .params(election.value(), precinctId, afterNumber, limit).query(RollEntries::entry).list();
    }

    /** Every voter of a precinct in voter-number order, streamed (inside a transaction for the cursor). */
    public void forEachInPrecinct(ElectionId election, long precinctId, Consumer<RollEntry> action) {
        template.query("SELECT " + COLUMNS + " " + """
                 FROM roll_voters WHERE election_id = ? AND precinct_id = ? AND voter_number IS NOT NULL
                 ORDER BY voter_number""", (RowCallbackHandler) rs -> action.accept(entry(rs, 0)),
                election.value(), precinctId);
    }

    public long countInPrecinct(ElectionId election, long precinctId) {
        return jdbc.sql("SELECT count(*) FROM roll_voters WHERE election_id = ? AND precinct_id = ? AND voter_number IS NOT NULL")
                .params(election.value(), precinctId).query(Long.class).single();
    }

    /** Excluded entries of one reason, a page at a time (for the officer's view), by 읍면동 and name. */
    public List<RollEntry> excluded(ElectionId election, String reason, long afterId, int limit) {
        return jdbc.sql(EXCLUDED_PAGE)
                .params(election.value(), reason, afterId, limit).query(RollEntries::entry).list();
    }

    void exclude(ElectionId election, byte[] rrnLookup, String reason, String remarks) {
        jdbc.sql("""
                UPDATE roll_entries SET exclusion = ?, precinct_id = NULL, precinct_seq = NULL, voter_number = NULL, remarks = ?
                WHERE election_id = ? AND rrn_lookup = ?""").params(reason, remarks, election.value(), rrnLookup).update();
    }

    /**
     * The next free voter number of a precinct, or of a 읍면동 for its voters without precinct ({@code precinctId} null:
     * decision 100), counting the court-ordered additions too: the voter-number index's key (V6_7). The caller holds the
     * list's row lock, so that no one else takes the same number meanwhile.
     */
    int nextNumber(ElectionId election, Long precinctId, String emdCode) {
        return precinctId != null
                ? jdbc.sql("""
                        SELECT coalesce(max(voter_number), 0) + 1 FROM roll_voters
                        WHERE election_id = ? AND precinct_id = ? AND voter_number IS NOT NULL""")
                        .params(election.value(), precinctId).query(Integer.class).single()
                : jdbc.sql("""
                        SELECT coalesce(max(voter_number), 0) + 1 FROM roll_voters
                        WHERE election_id = ? AND precinct_id IS NULL AND emd_code = ? AND voter_number IS NOT NULL""")
                        .params(election.value(), emdCode).query(Integer.class).single();
    }

    /**
     * Puts an excluded resident on the list with the next free number of the precinct, or of their 읍면동 when it has no
     * precinct ({@code precinctId} null, {@code precinctSeq} 0: decision 100).
     */
    void include(ElectionId election, byte[] rrnLookup, String emdCode, Long precinctId, int precinctSeq, String remarks) {
        jdbc.sql("""
                UPDATE roll_entries SET exclusion = NULL, precinct_id = ?, precinct_seq = ?, remarks = ?, voter_number = ?
                WHERE election_id = ? AND rrn_lookup = ?""")
                .params(precinctId, precinctSeq, remarks, nextNumber(election, precinctId, emdCode), election.value(),
                        rrnLookup).update();
    }

    void remark(ElectionId election, byte[] rrnLookup, String remarks) {
        jdbc.sql("UPDATE roll_entries SET remarks = ? WHERE election_id = ? AND rrn_lookup = ?")
                .params(remarks, election.value(), rrnLookup).update();
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
