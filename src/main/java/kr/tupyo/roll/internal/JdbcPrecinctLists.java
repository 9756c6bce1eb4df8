package kr.tupyo.roll.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.tupyo.election.ElectionId;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.VoterId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link PrecinctLists} over the frozen roll tables; answers only for a finalised list. */
@Repository
class JdbcPrecinctLists implements PrecinctLists {

    private final JdbcClient jdbc;
    private final RollPrecincts precincts;
    private final RollEntries entries;

    JdbcPrecinctLists(JdbcClient jdbc, RollPrecincts precincts, RollEntries entries) {
        this.jdbc = jdbc;
        this.precincts = precincts;
        this.entries = entries;
    }

    private boolean finalised(ElectionId election) {
        return jdbc.sql("SELECT count(*) FROM voters_lists WHERE election_id = ? AND status = 'FINALISED'")
                .param(election.value()).query(Long.class).single() > 0;
    }

    @Override
    public List<ListedPrecinct> precincts(ElectionId election) {
        if (!finalised(election)) {
            return List.of();
        }
        return precincts.of(election).stream()
                .map(p -> new ListedPrecinct(p.id(), p.emdCode(), p.seq(), p.name(), p.pollingPlace())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachLine(ElectionId election, long precinctId, Consumer<ListLine> action) {
        if (!finalised(election)) {
            return;
        }
        precincts.find(election, precinctId).ifPresent(p -> entries.forEachInPrecinct(election, p.id(),
                e -> action.accept(new ListLine(new VoterId(e.id()), e.voterNumber(), e.name(), e.address(),
                        e.birthDate(), e.rrnMasked(), e.residenceType(), e.remarks()))));
    }

    @Override
    public Map<String, Long> votersPerEmd(ElectionId election) {
        Map<String, Long> voters = new LinkedHashMap<>();
        if (!finalised(election)) {
            return voters;
        }
        // The finalised list's tallies, plus the court-ordered additions recorded since (a handful of rows).
        jdbc.sql("""
                SELECT emd_code, sum(people) AS people FROM (
                    SELECT emd_code, sum(people) AS people FROM roll_tallies
                    WHERE election_id = ? AND exclusion IS NULL GROUP BY emd_code
                    UNION ALL
                    SELECT trim(emd_code), count(*) FROM roll_additions WHERE election_id = ? GROUP BY emd_code
                ) AS v GROUP BY emd_code ORDER BY emd_code""")
                .params(election.value(), election.value()).query(rs -> {
                    voters.put(rs.getString("emd_code"), rs.getLong("people"));
                });
        return voters;
    }
}
