package kr.tupyo.turnout.internal;

import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import kr.tupyo.earlyvoting.BallotIssued;
import kr.tupyo.platform.KoreaTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts each issuance into the turnout counters <b>inside the issuing transaction</b>: a plain
 * synchronous {@code @EventListener} runs while early voting's transaction is open, so the counters
 * commit or roll back together with the issuance record. That makes them exact, with no redelivery to
 * de-duplicate: an asynchronous listener (at-least-once, replayed after a crash) would need an issuance
 * id to be idempotent, and {@code BallotIssued} deliberately carries none (docs/decisions/140).
 * <p>
 * Rows are always touched in the same order (station hour, station minute, 읍면동, 시군구), so two
 * concurrent issuances may wait for each other but never deadlock.
 */
@Component
class TurnoutCounters {

    private final JdbcClient jdbc;

    TurnoutCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BallotIssued issued) {
        ZonedDateTime korea = issued.issuedAt().atZone(KoreaTime.ZONE);
        var election = issued.election().value();
        var day = korea.toLocalDate();
        int hour = korea.getHour();
        jdbc.sql("""
                INSERT INTO turnout_station_hours (election_id, station_code, day, hour, in_district, issued)
                VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (election_id, station_code, day, hour, in_district)
                DO UPDATE SET issued = turnout_station_hours.issued + 1""")
                .params(election, issued.station().value(), day, hour, issued.inDistrict()).update();
        jdbc.sql("""
                INSERT INTO turnout_station_minutes (election_id, station_code, minute, issued) VALUES (?, ?, ?, 1)
                ON CONFLICT (election_id, station_code, minute) DO UPDATE SET issued = turnout_station_minutes.issued + 1""")
                .params(election, issued.station().value(),
                        Timestamp.from(issued.issuedAt().truncatedTo(ChronoUnit.MINUTES))).update();
        area(election, "EMD", issued.voterEmdCode(), day, hour, issued.inDistrict());
        area(election, "SGG", issued.voterSggCode(), day, hour, issued.inDistrict());
    }

    private void area(java.util.UUID election, String level, String code, java.time.LocalDate day, int hour,
                      boolean inDistrict) {
        jdbc.sql("""
                INSERT INTO turnout_area_hours (election_id, level, area_code, day, hour, in_district, issued)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (election_id, level, area_code, day, hour, in_district)
                DO UPDATE SET issued = turnout_area_hours.issued + 1""")
                .params(election, level, code.trim(), day, hour, inDistrict).update();
    }
}
