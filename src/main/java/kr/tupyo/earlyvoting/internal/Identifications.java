package kr.tupyo.earlyvoting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identifications table: what each station was told, kept for the day report and for issuing. */
@Repository
class Identifications {

    private final JdbcClient jdbc;

    Identifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, StationContext at, String voterKey, String status, String voterEmd, Boolean inDistrict,
                List<ContestId> contests, Instant identifiedAt) {
        jdbc.sql("""
                INSERT INTO ev_identifications (id, election_id, station_code, day, voter_key, status, voter_emd_code,
                                                in_district, contest_ids, identified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?)""")
                .params(id, at.election().id().value(), at.station().code().value(), at.day(), voterKey, status, voterEmd,
                        inDistrict, "{" + String.join(",", contests.stream().map(ContestId::toString).toList()) + "}",
                        Timestamp.from(identifiedAt))
                .update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT * FROM ev_identifications WHERE id = ?").param(id).query(Identifications::row).optional();
    }

    /** Identifications per status at a station on a day. */
    Map<String, Long> countByStatus(ElectionId election, StationCode station, LocalDate day) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM ev_identifications WHERE election_id = ? AND station_code = ? AND day = ? GROUP BY status")
                .params(election.value(), station.value(), day)
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        Array contests = rs.getArray("contest_ids");
        List<ContestId> ids = Arrays.stream((Object[]) contests.getArray()).map(o -> new ContestId((UUID) o)).toList();
        Object inDistrict = rs.getObject("in_district");
        return new Stored(rs.getObject("id", UUID.class), new ElectionId(rs.getObject("election_id", UUID.class)),
                new StationCode(rs.getString("station_code")), rs.getObject("day", LocalDate.class),
                rs.getString("voter_key"), rs.getString("status"), rs.getString("voter_emd_code"),
                (Boolean) inDistrict, ids, rs.getTimestamp("identified_at").toInstant());
    }

    record Stored(UUID id, ElectionId election, StationCode station, LocalDate day, String voterKey, String status,
                  String voterEmd, Boolean inDistrict, List<ContestId> contests, Instant identifiedAt) {
    }
}
