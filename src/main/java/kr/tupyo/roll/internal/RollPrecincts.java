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
 * is split evenly (each counts 1). A compilation stages them in a table of its own and its swap publishes them with
 * the list it compiled ({@link BuildTables}).
 */
@Repository
public class RollPrecincts {

    private static final String COLUMNS = "election_id, precinct_id, emd_code, seq, name, polling_place, cum_before, cum, total";

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

    /**
     * Writes the precincts with their shares into a new table of a compilation ({@link BuildTables#precincts}), which
     * the compilation reads; the published rows change only when its swap {@linkplain #publish publishes} them.
     */
    void stage(String table, ElectionId election, List<Precinct> precincts) {
        jdbc.sql("CREATE TABLE " + table + " (LIKE roll_precincts INCLUDING ALL)").update();
        Map<String, List<Precinct>> byEmd = new LinkedHashMap<>();
        precincts.forEach(p -> byEmd.computeIfAbsent(p.emdCode(), k -> new ArrayList<>()).add(p));
        byEmd.forEach((emd, list) -> {
            long total = list.stream().mapToLong(Precinct::electors).sum();
            boolean even = total == 0;
            long cumulative = 0;
            int seq = 0;
            for (Precinct p : list) {
                long weight = even ? 1 : p.electors();
                jdbc.sql("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(election.value(), p.id(), emd, ++seq, p.name(), p.pollingPlace(), cumulative,
                                cumulative + weight, even ? list.size() : total).update();
                cumulative += weight;
            }
        });
        jdbc.sql("ANALYZE " + table).update();
    }

    /** Replaces the list's precincts with those staged (in the swap: draft only, a finalised list's rows are frozen by a trigger). */
    void publish(ElectionId election, String staged) {
        BuildTables.publish(jdbc, "roll_precincts", COLUMNS, election, staged);
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
        return electorateByEmd("roll_precincts", election);
    }

    /** The same from the precincts a compilation staged ({@link BuildTables#precincts}). */
    Map<String, Long> electorateByEmd(String table, ElectionId election) {
        Map<String, Long> electorate = new LinkedHashMap<>();
        jdbc.sql("SELECT emd_code, min(total) AS total FROM " + table + " WHERE election_id = ? GROUP BY emd_code ORDER BY emd_code")
                .param(election.value())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> electorate.put(rs.getString("emd_code"), rs.getLong("total")));
        return electorate;
    }
}
