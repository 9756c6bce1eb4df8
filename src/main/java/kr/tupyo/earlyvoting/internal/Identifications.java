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

    /** One identification to record with {@link #recordAllIfOpen}. */
    record ToRecord(UUID id, StationContext at, String voterKey, String listed, String voterEmd, Boolean inDistrict,
                    List<ContestId> contests, Instant identifiedAt) {
    }

    /**
     * Records identifications in one statement (the identification writer's batch, decision 123), each only
     * while its station's day is open, reading in the same snapshot whether the voter has ballots already.
     * A request's {@code listed} is {@code NOT_ON_LIST} or {@code BLOCKED}, or null for a voter on the list,
     * whose status is then {@code ALREADY_ISSUED} or {@code ELIGIBLE} by the issuance table.
     *
     * @return per request, in the list's order: what was recorded, or empty when its station's day is not
     *         open (nothing recorded for it)
     */
    List<Optional<Recorded>> recordAllIfOpen(List<ToRecord> requests) {
        int n = requests.size();
        String[] ids = new String[n], elections = new String[n], stations = new String[n], days = new String[n],
                voters = new String[n], listed = new String[n], emds = new String[n], inDistrict = new String[n],
                contests = new String[n], at = new String[n];
        for (int r = 0; r < n; r++) {
            ToRecord t = requests.get(r);
            ids[r] = t.id().toString();
            elections[r] = t.at().election().id().value().toString();
            stations[r] = t.at().station().code().value();
            days[r] = t.at().day().toString();
            voters[r] = t.voterKey();
            listed[r] = t.listed();
            emds[r] = t.voterEmd();
            inDistrict[r] = t.inDistrict() == null ? null : t.inDistrict().toString();
            contests[r] = "{" + String.join(",", t.contests().stream().map(ContestId::toString).toList()) + "}";
            at[r] = t.identifiedAt().toString();
        }
        // The batch's commit does not wait for its WAL to reach the disk (decision 123, session-10 addendum): an
        // identification hands out nothing, and an issuance, which commits synchronously after it, flushes the WAL up to
        // and past it. A crash of the database can lose only the last fraction of a second of identifications that no
        // issuance followed (their station then identifies again).
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        List<Optional<Recorded>> recorded = jdbc.sql("""
                WITH input AS MATERIALIZED (
                    SELECT CAST(id AS uuid) AS id, CAST(election AS uuid) AS election, station, CAST(day AS date) AS day,
                           voter, listed, emd, CAST(in_district AS boolean) AS in_district, CAST(contests AS uuid[]) AS contests,
                           CAST(at AS timestamptz) AS at, n
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::text[], ?::text[]) WITH ORDINALITY
                         AS t(id, election, station, day, voter, listed, emd, in_district, contests, at, n)),
                open_day AS (
                    SELECT i.* FROM input i
                    WHERE EXISTS (SELECT 1 FROM ev_station_days d
                                  WHERE d.election_id = i.election AND d.station_code = i.station AND d.day = i.day
                                    AND d.closed_at IS NULL)),
                prior AS (
                    SELECT i.id, p.station_code, p.issued_at FROM open_day i
                    JOIN ev_issuances p ON p.election_id = i.election AND p.voter_key = i.voter
                    WHERE i.listed IS NULL),
                recorded AS (
                    INSERT INTO ev_identifications (id, election_id, station_code, day, voter_key, status, voter_emd_code,
                                                    in_district, contest_ids, identified_at)
                    SELECT i.id, i.election, i.station, i.day, i.voter,
                           coalesce(i.listed, CASE WHEN p.id IS NOT NULL THEN 'ALREADY_ISSUED' ELSE 'ELIGIBLE' END),
                           i.emd, i.in_district, i.contests, i.at
                    FROM open_day i LEFT JOIN prior p ON p.id = i.id
                    ORDER BY i.n
                    RETURNING id, status)
                SELECT r.status, p.station_code, p.issued_at
                FROM input i LEFT JOIN recorded r ON r.id = i.id LEFT JOIN prior p ON p.id = i.id
                ORDER BY i.n""")
                .params(ids, elections, stations, days, voters, listed, emds, inDistrict, contests, at)
                .query((rs, row) -> rs.getString("status") == null ? Optional.<Recorded>empty()
                        : Optional.of(new Recorded(rs.getString("status"),
                                rs.getString("station_code") == null ? null : new StationCode(rs.getString("station_code")),
                                rs.getTimestamp("issued_at") == null ? null : rs.getTimestamp("issued_at").toInstant())))
                .list();
        if (recorded.size() != n) {
            throw new IllegalStateException("recorded " + recorded.size() + " answers for " + n + " identifications");
        }
        return recorded;
    }

    /** An identification just recorded: its status and, when ALREADY_ISSUED, where and when. */
    record Recorded(String status, StationCode priorStation, Instant priorIssuedAt) {
    }

    /** An identification with, in the same read, whether its station's day (the day it is read for) is open. */
    record ForIssuing(Stored identification, boolean stationOpen) {
    }

    /** Identifications for issuing, in one statement, each with whether its station's day {@code today} is open: answers in order. */
    List<Optional<ForIssuing>> findAllForIssuing(List<UUID> ids, LocalDate today) {
        Map<UUID, ForIssuing> found = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT i.*, d.day IS NOT NULL AND d.closed_at IS NULL AS station_open
                FROM ev_identifications i
                LEFT JOIN ev_station_days d ON d.election_id = i.election_id AND d.station_code = i.station_code AND d.day = ?
                WHERE i.id = ANY(?::uuid[])""")
                .params(today, ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getObject("id", UUID.class), new ForIssuing(row(rs, n), rs.getBoolean("station_open"))))
                .list();
        return ids.stream().map(id -> Optional.ofNullable(found.get(id))).toList();
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
