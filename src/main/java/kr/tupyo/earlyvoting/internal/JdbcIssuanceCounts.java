package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.tupyo.earlyvoting.IssuanceCounts;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link IssuanceCounts} over the issuance table. */
@Repository
class JdbcIssuanceCounts implements IssuanceCounts {

    private final JdbcClient jdbc;

    JdbcIssuanceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StationDayCount of(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("""
                SELECT count(*) AS n, count(*) FILTER (WHERE in_district) AS i FROM ev_issuances
                WHERE election_id = ? AND station_code = ? AND day = ?""")
                .params(election.value(), station.value(), day)
                .query((rs, n) -> new StationDayCount(rs.getLong("n"), rs.getLong("i"), rs.getLong("n") - rs.getLong("i")))
                .single();
    }

    @Override
    public Map<StationCode, StationDayCount> perStation(ElectionId election, LocalDate day) {
        Map<StationCode, StationDayCount> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT station_code, count(*) AS n, count(*) FILTER (WHERE in_district) AS i FROM ev_issuances
                WHERE election_id = ? AND day = ? GROUP BY station_code ORDER BY station_code""")
                .params(election.value(), day)
                .query(rs -> {
                    counts.put(new StationCode(rs.getString("station_code")),
                            new StationDayCount(rs.getLong("n"), rs.getLong("i"), rs.getLong("n") - rs.getLong("i")));
                });
        return counts;
    }

    @Override
    public Map<String, Long> perVoterSgg(ElectionId election) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT left(voter_emd_code, 5) AS sgg, count(*) AS n FROM ev_issuances WHERE election_id = ?
                GROUP BY 1 ORDER BY 1""")
                .param(election.value())
                .query(rs -> {
                    counts.put(rs.getString("sgg"), rs.getLong("n"));
                });
        return counts;
    }
}
