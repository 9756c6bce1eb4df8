package kr.tupyo.roll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.BlockReason;
import kr.tupyo.roll.IntegratedVotersList;
import kr.tupyo.roll.ListedVoter;
import kr.tupyo.roll.VoterId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The integrated voters list in SQL: one index probe per look-up, finalised lists only. It reads the view
 * {@code roll_voters}: the compiled entries and the voters added by court order after finalisation.
 */
@Component
class JdbcIntegratedVotersList implements IntegratedVotersList {

    private static final String SELECT = """
            SELECT e.id, e.election_id, e.rrn_lookup, e.name, e.birth_date, e.rrn_masked, e.emd_code, e.precinct_id, p.name AS precinct_name,
                   e.voter_number, c.contest_ids, k.kind AS block
            FROM roll_voters e
            JOIN voters_lists l ON l.election_id = e.election_id AND l.status = 'FINALISED'
            LEFT JOIN roll_precincts p ON p.election_id = e.election_id AND p.precinct_id = e.precinct_id
            LEFT JOIN roll_emd_contests c ON c.election_id = e.election_id AND c.emd_code = e.emd_code
                                         AND c.constituency_vote = e.constituency_vote
            LEFT JOIN roll_corrections k ON k.election_id = e.election_id AND k.rrn_lookup = e.rrn_lookup
                                        AND k.kind <> 'COURT_ORDER_ADDITION'
            WHERE e.exclusion IS NULL AND e.election_id = :election
            """;

    /**
     * The name compared byte by byte, as the name-search index holds it (V6_7): for equality the same answer as the
     * database's collation, and without it the index could not serve the look-up.
     */
    static final String BY_NAME_AND_BIRTH_DATE = SELECT + """
             AND e.birth_date = :birth AND e.name = CAST(:name AS text) COLLATE "C"
            ORDER BY e.emd_code, e.precinct_seq, e.voter_number""";

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    JdbcIntegratedVotersList(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    @Override
    public Optional<ListedVoter> findByRrn(ElectionId election, ResidentRegistrationNumber rrn) {
        return findByLookupHash(election, protection.lookupHash(rrn.digits()));
    }

    @Override
    public Optional<ListedVoter> findByLookupHash(ElectionId election, byte[] rrnLookupHash) {
        return jdbc.sql(SELECT + " AND e.rrn_lookup = :lookup").param("election", election.value())
                .param("lookup", rrnLookupHash).query(JdbcIntegratedVotersList::voter).optional();
    }

    @Override
    public List<Optional<ListedVoter>> findAllByRrn(ElectionId election, List<ResidentRegistrationNumber> rrns) {
        if (rrns.size() == 1) {
            // One number (a quiet moment): the single-key statement, whose plan probes each table by index. With
            // "= ANY" the planner may hash the election's 3,500 contest rows instead, ≈ 1.5 ms more per look-up
            // (docs/benchmarks.md, session 6); for a batch that cost is shared.
            return List.of(findByRrn(election, rrns.getFirst()));
        }
        byte[][] lookups = new byte[rrns.size()][];
        for (int i = 0; i < lookups.length; i++) {
            lookups[i] = protection.lookupHash(rrns.get(i).digits());
        }
        Map<String, ListedVoter> found = new HashMap<>();
        jdbc.sql(SELECT + " AND e.rrn_lookup = ANY(CAST(:lookups AS bytea[]))").param("election", election.value())
                .param("lookups", lookups)
                .query((rs, n) -> found.put(HexFormat.of().formatHex(rs.getBytes("rrn_lookup")), voter(rs, n)))
                .list();
        List<Optional<ListedVoter>> answers = new ArrayList<>(lookups.length);
        for (byte[] lookup : lookups) {
            answers.add(Optional.ofNullable(found.get(HexFormat.of().formatHex(lookup))));
        }
        return answers;
    }

    @Override
    public List<ListedVoter> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate) {
        return jdbc.sql(BY_NAME_AND_BIRTH_DATE)
                .param("election", election.value()).param("birth", birthDate).param("name", name.strip())
                .query(JdbcIntegratedVotersList::voter).list();
    }

    @Override
    public boolean isFinalised(ElectionId election) {
        return jdbc.sql("SELECT count(*) FROM voters_lists WHERE election_id = ? AND status = 'FINALISED'")
                .param(election.value()).query(Long.class).single() > 0;
    }

    private static ListedVoter voter(ResultSet rs, int n) throws SQLException {
        long precinct = rs.getLong("precinct_id");
        Long precinctId = rs.wasNull() ? null : precinct;
        java.sql.Array ids = rs.getArray("contest_ids");
        List<ContestId> contests = ids == null ? List.of()
                : java.util.Arrays.stream((UUID[]) ids.getArray()).map(ContestId::new).toList();
        String block = rs.getString("block");
        String emd = rs.getString("emd_code");
        return new ListedVoter(new VoterId(rs.getLong("id")), new ElectionId(rs.getObject("election_id", UUID.class)),
                rs.getString("name"), rs.getObject("birth_date", LocalDate.class), rs.getString("rrn_masked"), emd,
                emd.substring(0, 5), precinctId, rs.getString("precinct_name"), rs.getInt("voter_number"), contests,
                block == null ? ListedVoter.Status.ON_LIST : ListedVoter.Status.BLOCKED,
                block == null ? null : BlockReason.valueOf(block));
    }
}
