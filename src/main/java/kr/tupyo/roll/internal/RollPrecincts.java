package kr.tupyo.roll.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Precinct;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The precincts as a compilation used them, with each one's cumulative share of its 읍면동's reference
 * electorate (docs/decisions/100-precinct-assignment.md). A 읍면동 whose precincts all have zero electors
 * is split evenly (each counts 1).
 */
@Repository
public class RollPrecincts {

    private final JdbcClient jdbc;

    RollPrecincts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One precinct of a compiled list. */
    public record RollPrecinct(long id, String emdCode, int seq, String name, String pollingPlace) {
        public String sggCode() {
            return emdCode.substring(0, 5);
        }
    }

    /** Replaces the snapshot (draft only: a finalised list's rows are frozen by a trigger). */
    void replace(ElectionId election, List<Precinct> precincts) {
        jdbc.sql("DELETE FROM roll_precincts WHERE election_id = ?").param(election.value()).update();
        Map<String, List<Precinct>> byEmd = new LinkedHashMap<>();
        precincts.forEach(p -> byEmd.computeIfAbsent(p.emdCode(), k -> new ArrayList<>()).add(p));
        byEmd.forEach((emd, list) -> {
            long total = list.stream().mapToLong(Precinct::electors).sum();
            boolean even = total == 0;
            long cumulative = 0;
            int seq = 0;
            for (Precinct p : list) {
                long weight = even ? 1 : p.electors();
                jdbc.sql("""
                        INSERT INTO roll_precincts (election_id, precinct_id, emd_code, seq, name, polling_place,
                                                    cum_before, cum, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(election.value(), p.id(), emd, ++seq, p.name(), p.pollingPlace(), cumulative,
                                cumulative + weight, even ? list.size() : total).update();
                cumulative += weight;
            }
        });
    }

    public List<RollPrecinct> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM roll_precincts WHERE election_id = ? ORDER BY emd_code, seq")
                .param(election.value()).query((rs, n) -> new RollPrecinct(rs.getLong("precinct_id"),
                        rs.getString("emd_code"), rs.getInt("seq"), rs.getString("name"), rs.getString("polling_place")))
                .list();
    }

    public Optional<RollPrecinct> find(ElectionId election, long precinctId) {
        return jdbc.sql("SELECT * FROM roll_precincts WHERE election_id = ? AND precinct_id = ?")
                .params(election.value(), precinctId).query((rs, n) -> new RollPrecinct(rs.getLong("precinct_id"),
                        rs.getString("emd_code"), rs.getInt("seq"), rs.getString("name"), rs.getString("polling_place")))
                .optional();
    }

    /** Each 읍면동's reference electorate (its precincts' total), in the database's order of the codes. */
    Map<String, Long> electorateByEmd(ElectionId election) {
        Map<String, Long> electorate = new LinkedHashMap<>();
        jdbc.sql("SELECT emd_code, min(total) AS total FROM roll_precincts WHERE election_id = ? GROUP BY emd_code ORDER BY emd_code")
                .param(election.value())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> electorate.put(rs.getString("emd_code"), rs.getLong("total")));
        return electorate;
    }
}
