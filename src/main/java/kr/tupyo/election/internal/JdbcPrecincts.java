package kr.tupyo.election.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Precinct;
import kr.tupyo.election.Precincts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The precincts table, and counts per region for the election page. */
@Repository
class JdbcPrecincts implements Precincts {

    private final JdbcClient jdbc;

    JdbcPrecincts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Precinct> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM precincts WHERE election_id = ? ORDER BY emd_code, line")
                .param(election.value()).query(JdbcPrecincts::precinct).list();
    }

    @Override
    public List<Precinct> inEmd(ElectionId election, String emdCode) {
        return jdbc.sql("SELECT * FROM precincts WHERE election_id = ? AND emd_code = ? ORDER BY line")
                .params(election.value(), emdCode).query(JdbcPrecincts::precinct).list();
    }

    @Override
    public java.util.Optional<Precinct> find(long precinctId) {
        return jdbc.sql("SELECT * FROM precincts WHERE id = ?").param(precinctId).query(JdbcPrecincts::precinct).optional();
    }

    List<Precinct> inSgg(ElectionId election, String sggCode) {
        return jdbc.sql("SELECT * FROM precincts WHERE election_id = ? AND sgg_code = ? ORDER BY emd_code, line")
                .params(election.value(), sggCode).query(JdbcPrecincts::precinct).list();
    }

    long count(ElectionId election) {
        return jdbc.sql("SELECT count(*) FROM precincts WHERE election_id = ?").param(election.value())
                .query(Long.class).single();
    }

    boolean hasEmd(ElectionId election, String emdCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM precincts WHERE election_id = ? AND emd_code = ?)")
                .params(election.value(), emdCode).query(Boolean.class).single();
    }

    /** Per 시군구, in code order. */
    List<RegionCount> perSgg(ElectionId election) {
        return jdbc.sql("""
                SELECT p.sido_name, p.sgg_name, p.sgg_code, count(DISTINCT p.emd_code) AS emds, count(*) AS precincts,
                       sum(p.electors) AS electors,
                       (SELECT count(*) FROM early_voting_stations s
                         WHERE s.election_id = p.election_id AND left(s.emd_code, 5) = p.sgg_code) AS stations
                FROM precincts p WHERE p.election_id = ?
                GROUP BY p.election_id, p.sido_name, p.sgg_name, p.sgg_code ORDER BY p.sgg_code""")
                .param(election.value())
                .query((rs, n) -> new RegionCount(rs.getString("sido_name"), rs.getString("sgg_name"),
                        rs.getString("sgg_code"), rs.getLong("emds"), rs.getLong("precincts"), rs.getLong("electors"),
                        rs.getLong("stations")))
                .list();
    }

    /** Per 시도, summed from the 시군구 rows, in the order the 시도 first appear. */
    static List<RegionCount> perSido(List<RegionCount> sggs) {
        Map<String, RegionCount> sums = new LinkedHashMap<>();
        for (RegionCount r : sggs) {
            sums.merge(r.sidoName(), new RegionCount(r.sidoName(), null, null, r.emds(), r.precincts(), r.electors(),
                    r.stations()), (a, b) -> new RegionCount(a.sidoName(), null, null, a.emds() + b.emds(),
                    a.precincts() + b.precincts(), a.electors() + b.electors(), a.stations() + b.stations()));
        }
        return List.copyOf(sums.values());
    }

    private static Precinct precinct(ResultSet rs, int row) throws SQLException {
        return new Precinct(rs.getLong("id"), new ElectionId(rs.getObject("election_id", UUID.class)),
                rs.getString("sgg_code"), rs.getString("emd_code"), rs.getString("name"), rs.getString("polling_place"),
                rs.getInt("electors"));
    }
}
