package kr.tupyo.earlyvoting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link IssuanceLedger} over the early-voting tables (one set-based query per figure). */
@Repository
class JdbcIssuanceLedger implements IssuanceLedger {

    private final JdbcClient jdbc;

    JdbcIssuanceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StationDayTotals> stationDays(ElectionId election) {
        Map<String, Map<ContestId, Long>> issuedPer = perContest("""
                SELECT i.station_code, i.day, c AS contest_id, count(*) AS n
                FROM ev_issuances i CROSS JOIN LATERAL unnest(i.contest_ids) AS c
                WHERE i.election_id = ? GROUP BY 1, 2, 3""", election);
        Map<String, Map<ContestId, Long>> printsPer = perContest("""
                SELECT i.station_code, i.day, c AS contest_id, sum(i.ballots_printed) AS n
                FROM ev_issuances i CROSS JOIN LATERAL unnest(i.contest_ids) AS c
                WHERE i.election_id = ? GROUP BY 1, 2, 3""", election);
        Map<String, Map<ContestId, Long>> printedPer = perContest("""
                SELECT station_code, day, contest_id, sum(printed) AS n FROM ev_serial_counters
                WHERE election_id = ? GROUP BY 1, 2, 3""", election);
        Map<String, Map<ContestId, Long>> voidedPer = perContest("""
                SELECT station_code, day, contest_id, count(*) AS n FROM ev_voided_serials
                WHERE election_id = ? GROUP BY 1, 2, 3""", election);
        return jdbc.sql("""
                SELECT d.station_code, d.day, d.opened_at, d.closed_at,
                       (SELECT count(*) FROM ev_identifications x WHERE x.election_id = d.election_id
                            AND x.station_code = d.station_code AND x.day = d.day) AS identified,
                       (SELECT count(*) FROM ev_identifications x WHERE x.election_id = d.election_id
                            AND x.station_code = d.station_code AND x.day = d.day AND x.status = 'ELIGIBLE') AS eligible,
                       coalesce(i.issued, 0) AS issued, coalesce(i.in_district, 0) AS in_district,
                       coalesce(i.labels, 0) AS labels, coalesce(i.labels_printed, 0) AS labels_printed,
                       coalesce(i.signed, 0) AS signed, coalesce(i.signatures, 0) AS signatures,
                       (SELECT count(*) FROM ev_spoils s WHERE s.election_id = d.election_id
                            AND s.station_code = d.station_code AND s.day = d.day) AS spoiled
                FROM ev_station_days d
                LEFT JOIN LATERAL (
                    SELECT count(*) AS issued, count(*) FILTER (WHERE in_district) AS in_district,
                           count(*) FILTER (WHERE envelope_code IS NOT NULL) AS labels,
                           count(*) FILTER (WHERE envelope_code IS NOT NULL AND envelope_printed) AS labels_printed,
                           count(*) FILTER (WHERE signed) AS signed,
                           count(g.issuance_id) AS signatures
                    FROM ev_issuances s LEFT JOIN ev_signatures g ON g.issuance_id = s.id
                    WHERE s.election_id = d.election_id AND s.station_code = d.station_code AND s.day = d.day) i ON true
                WHERE d.election_id = ? ORDER BY d.station_code, d.day""")
                .param(election.value())
                .query((rs, n) -> {
                    String key = rs.getString("station_code") + "/" + rs.getObject("day", LocalDate.class);
                    long issued = rs.getLong("issued");
                    return new StationDayTotals(new StationCode(rs.getString("station_code")),
                            rs.getObject("day", LocalDate.class), rs.getTimestamp("opened_at").toInstant(),
                            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                            rs.getLong("identified"), rs.getLong("eligible"), issued, rs.getLong("in_district"),
                            issued - rs.getLong("in_district"), rs.getLong("labels"), rs.getLong("labels_printed"),
                            rs.getLong("signed"), rs.getLong("signatures"), rs.getLong("spoiled"),
                            issuedPer.getOrDefault(key, Map.of()), printedPer.getOrDefault(key, Map.of()),
                            voidedPer.getOrDefault(key, Map.of()), printsPer.getOrDefault(key, Map.of()));
                }).list();
    }

    private Map<String, Map<ContestId, Long>> perContest(String sql, ElectionId election) {
        Map<String, Map<ContestId, Long>> result = new LinkedHashMap<>();
        jdbc.sql(sql).param(election.value()).query(rs -> {
            result.computeIfAbsent(rs.getString(1) + "/" + rs.getObject(2, LocalDate.class), k -> new LinkedHashMap<>())
                    .put(new ContestId(rs.getObject(3, UUID.class)), rs.getLong(4));
        });
        return result;
    }

    @Override
    public List<IssuanceRecord> records(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("""
                SELECT i.id, i.issued_at, i.in_district, i.envelope_code IS NOT NULL AS label, i.envelope_printed,
                       i.signed, g.issuance_id IS NOT NULL AS stored, i.ballots_printed, i.contest_ids,
                       (SELECT count(*) FROM ev_spoils s WHERE s.issuance_id = i.id) AS spoils
                FROM ev_issuances i LEFT JOIN ev_signatures g ON g.issuance_id = i.id
                WHERE i.election_id = ? AND i.station_code = ? AND i.day = ? ORDER BY i.issued_at, i.id""")
                .params(election.value(), station.value(), day)
                .query(JdbcIssuanceLedger::record).list();
    }

    private static IssuanceRecord record(ResultSet rs, int n) throws SQLException {
        Array contests = rs.getArray("contest_ids");
        List<ContestId> ids = Arrays.stream((Object[]) contests.getArray()).map(o -> new ContestId((UUID) o)).toList();
        return new IssuanceRecord(rs.getObject("id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
                rs.getBoolean("in_district"), rs.getBoolean("label"), rs.getBoolean("envelope_printed"),
                rs.getBoolean("signed"), rs.getBoolean("stored"), rs.getInt("ballots_printed"), rs.getInt("spoils"), ids);
    }

    @Override
    public Set<String> issuedAmong(ElectionId election, Collection<String> voterKeys) {
        if (voterKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT voter_key FROM ev_issuances WHERE election_id = ? AND voter_key = ANY (?::text[])""")
                .params(election.value(), voterKeys.toArray(String[]::new))
                .query(String.class).list());
    }
}
