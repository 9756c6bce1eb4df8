package kr.tupyo.election.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Station;
import kr.tupyo.election.StationCode;
import kr.tupyo.election.Stations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The early-voting stations table. */
@Repository
class JdbcStations implements Stations {

    private final JdbcClient jdbc;

    JdbcStations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Station> find(ElectionId election, StationCode code) {
        return jdbc.sql("SELECT * FROM early_voting_stations WHERE election_id = ? AND code = ?")
                .params(election.value(), code.value()).query(JdbcStations::station).optional();
    }

    @Override
    public List<Station> of(ElectionId election) {
        return jdbc.sql("SELECT * FROM early_voting_stations WHERE election_id = ? ORDER BY emd_code, code")
                .param(election.value()).query(JdbcStations::station).list();
    }

    List<Station> inSgg(ElectionId election, String sggCode) {
        return jdbc.sql("SELECT * FROM early_voting_stations WHERE election_id = ? AND left(emd_code, 5) = ? ORDER BY emd_code, code")
                .params(election.value(), sggCode).query(JdbcStations::station).list();
    }

    /**
     * One default station ({@code -1}) for every 읍면동 with precincts in this election that has none yet;
     * returns how many were added. Named after the 읍면동, addressed by its region until an
     * administrator knows the building.
     */
    int generateFromPrecincts(ElectionId election) {
        return jdbc.sql("""
                INSERT INTO early_voting_stations (election_id, code, emd_code, name, address, generated)
                SELECT DISTINCT ON (emd_code) election_id, 'EV-' || emd_code || '-1', emd_code,
                       emd_name || ' 사전투표소', sido_name || ' ' || sgg_name || ' ' || emd_name, true
                FROM precincts WHERE election_id = ?
                ORDER BY emd_code
                ON CONFLICT DO NOTHING""")
                .param(election.value()).update();
    }

    /** Extra stations are numbered from 2; 1 is kept for the 읍면동's default station. */
    int nextExtraSequence(ElectionId election, String emdCode) {
        return jdbc.sql("""
                SELECT greatest(2, coalesce(max(substring(code FROM 15)::int), 0) + 1)
                FROM early_voting_stations WHERE election_id = ? AND emd_code = ?""")
                .params(election.value(), emdCode).query(Integer.class).single();
    }

    boolean insert(Station s) {
        return jdbc.sql("""
                INSERT INTO early_voting_stations (election_id, code, emd_code, name, address, generated)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(s.election().value(), s.code().value(), s.emdCode(), s.name(), s.address(), s.generated())
                .update() == 1;
    }

    private static Station station(ResultSet rs, int row) throws SQLException {
        return new Station(new StationCode(rs.getString("code")), new ElectionId(rs.getObject("election_id", UUID.class)),
                rs.getString("emd_code"), rs.getString("name"), rs.getString("address"), rs.getBoolean("generated"));
    }
}
