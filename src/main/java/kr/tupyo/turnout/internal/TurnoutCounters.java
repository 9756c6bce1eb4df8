package kr.tupyo.turnout.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kr.tupyo.earlyvoting.BallotIssued;
import kr.tupyo.earlyvoting.BallotsIssued;
import kr.tupyo.platform.KoreaTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts issuances into the turnout counters <b>inside the issuing transaction</b>: a plain synchronous
 * {@code @EventListener} runs while early voting's transaction is open, so the counters commit or roll
 * back together with the issuance records. That makes them exact, with no redelivery to de-duplicate:
 * an asynchronous listener (at-least-once, replayed after a crash) would need an issuance id to be
 * idempotent, and {@code BallotIssued} deliberately carries none (docs/decisions/140).
 * <p>
 * The issuances of one write come together ({@link BallotsIssued}, decision 123): they are summed here
 * per counter row, and each kind of counter is one statement. Kinds are always touched in the same order
 * (station hour, station minute, 읍면동, 시군구) and rows within a kind in key order, so two concurrent
 * writes may wait for each other but never deadlock.
 */
@Component
class TurnoutCounters {

    private final JdbcClient jdbc;

    TurnoutCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BallotsIssued batch) {
        Map<String, Integer> stationHours = new TreeMap<>();
        Map<String, Integer> stationMinutes = new TreeMap<>();
        Map<String, Integer> areaHours = new TreeMap<>();
        for (BallotIssued issued : batch.issued()) {
            ZonedDateTime korea = issued.issuedAt().atZone(KoreaTime.ZONE);
            String election = issued.election().value().toString();
            String dayHour = korea.toLocalDate() + "\t" + korea.getHour() + "\t" + issued.inDistrict();
            stationHours.merge(election + "\t" + issued.station().value() + "\t" + dayHour, 1, Integer::sum);
            stationMinutes.merge(election + "\t" + issued.station().value() + "\t"
                    + issued.issuedAt().truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum);
            areaHours.merge(election + "\tEMD\t" + issued.voterEmdCode().trim() + "\t" + dayHour, 1, Integer::sum);
            areaHours.merge(election + "\tSGG\t" + issued.voterSggCode().trim() + "\t" + dayHour, 1, Integer::sum);
        }
        if (stationHours.isEmpty()) {
            return;
        }
        Columns hours = Columns.of(stationHours, 6);
        jdbc.sql("""
                INSERT INTO turnout_station_hours (election_id, station_code, day, hour, in_district, issued)
                SELECT CAST(c1 AS uuid), c2, CAST(c3 AS date), CAST(c4 AS integer), CAST(c5 AS boolean), n
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::integer[]) WITH ORDINALITY
                     AS t(c1, c2, c3, c4, c5, n, o)
                ORDER BY o
                ON CONFLICT (election_id, station_code, day, hour, in_district)
                DO UPDATE SET issued = turnout_station_hours.issued + EXCLUDED.issued""")
                .params(hours.params()).update();
        Columns minutes = Columns.of(stationMinutes, 4);
        jdbc.sql("""
                INSERT INTO turnout_station_minutes (election_id, station_code, minute, issued)
                SELECT CAST(c1 AS uuid), c2, CAST(c3 AS timestamptz), n
                FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[]) WITH ORDINALITY AS t(c1, c2, c3, n, o)
                ORDER BY o
                ON CONFLICT (election_id, station_code, minute)
                DO UPDATE SET issued = turnout_station_minutes.issued + EXCLUDED.issued""")
                .params(minutes.params()).update();
        Columns areas = Columns.of(areaHours, 7);
        jdbc.sql("""
                INSERT INTO turnout_area_hours (election_id, level, area_code, day, hour, in_district, issued)
                SELECT CAST(c1 AS uuid), c2, c3, CAST(c4 AS date), CAST(c5 AS integer), CAST(c6 AS boolean), n
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::integer[]) WITH ORDINALITY
                     AS t(c1, c2, c3, c4, c5, c6, n, o)
                ORDER BY o
                ON CONFLICT (election_id, level, area_code, day, hour, in_district)
                DO UPDATE SET issued = turnout_area_hours.issued + EXCLUDED.issued""")
                .params(areas.params()).update();
    }

    /**
     * Summed counter rows as one array per column (the key's tab-separated parts, then the count), in key
     * order: the order in which the statement touches the rows.
     */
    private record Columns(Object[] params) {

        static Columns of(Map<String, Integer> counts, int columns) {
            int keys = columns - 1;
            String[][] parts = new String[keys][counts.size()];
            Integer[] n = new Integer[counts.size()];
            int row = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String[] key = e.getKey().split("\t", -1);
                for (int c = 0; c < keys; c++) {
                    parts[c][row] = key[c];
                }
                n[row++] = e.getValue();
            }
            Object[] params = new Object[columns];
            System.arraycopy(parts, 0, params, 0, keys);
            params[keys] = n;
            return new Columns(params);
        }
    }
}
