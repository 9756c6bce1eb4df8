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

    /**
     * Records an identification in one statement, only while the station's day is open, and reads in
     * the same snapshot whether the voter has ballots already.
     *
     * @param listed {@code NOT_ON_LIST} or {@code BLOCKED}; null for a voter on the list, whose status
     *               is then {@code ALREADY_ISSUED} or {@code ELIGIBLE} by the issuance table
     * @return empty when the station's day is not open (nothing recorded)
     */
    Optional<Recorded> recordIfOpen(UUID id, StationContext at, String voterKey, String listed, String voterEmd,
                                    Boolean inDistrict, List<ContestId> contests, Instant identifiedAt) {
        return jdbc.sql("""
                WITH open_day AS (
                    SELECT 1 FROM ev_station_days
                    WHERE election_id = :election AND station_code = :station AND day = CAST(:day AS date) AND closed_at IS NULL),
                prior AS (
                    SELECT station_code, issued_at FROM ev_issuances
                    WHERE election_id = :election AND voter_key = CAST(:voter AS text) AND CAST(:listed AS text) IS NULL),
                recorded AS (
                    INSERT INTO ev_identifications (id, election_id, station_code, day, voter_key, status, voter_emd_code,
                                                    in_district, contest_ids, identified_at)
                    SELECT :id, :election, :station, CAST(:day AS date), CAST(:voter AS text),
                           coalesce(CAST(:listed AS text),
                                    CASE WHEN EXISTS (SELECT 1 FROM prior) THEN 'ALREADY_ISSUED' ELSE 'ELIGIBLE' END),
                           CAST(:emd AS text), CAST(:inDistrict AS boolean), CAST(:contests AS uuid[]),
                           CAST(:at AS timestamptz)
                    FROM open_day
                    RETURNING status)
                SELECT r.status, p.station_code, p.issued_at FROM recorded r LEFT JOIN prior p ON true""")
                .param("id", id).param("election", at.election().id().value()).param("station", at.station().code().value())
                .param("day", at.day()).param("voter", voterKey).param("listed", listed).param("emd", voterEmd)
                .param("inDistrict", inDistrict)
                .param("contests", "{" + String.join(",", contests.stream().map(ContestId::toString).toList()) + "}")
                .param("at", Timestamp.from(identifiedAt))
                .query((rs, n) -> new Recorded(rs.getString("status"),
                        rs.getString("station_code") == null ? null : new StationCode(rs.getString("station_code")),
                        rs.getTimestamp("issued_at") == null ? null : rs.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    /** An identification just recorded: its status and, when ALREADY_ISSUED, where and when. */
    record Recorded(String status, StationCode priorStation, Instant priorIssuedAt) {
    }

    /** An identification with, in the same read, whether its station's day {@code today} is open. */
    Optional<ForIssuing> findForIssuing(UUID id, LocalDate today) {
        return jdbc.sql("""
                SELECT i.*, d.day IS NOT NULL AND d.closed_at IS NULL AS station_open
                FROM ev_identifications i
                LEFT JOIN ev_station_days d ON d.election_id = i.election_id AND d.station_code = i.station_code AND d.day = ?
                WHERE i.id = ?""")
                .params(today, id)
                .query((rs, n) -> new ForIssuing(row(rs, n), rs.getBoolean("station_open"))).optional();
    }

    record ForIssuing(Stored identification, boolean stationOpen) {
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
