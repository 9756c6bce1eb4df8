package kr.tupyo.earlyvoting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.StationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The station-day table: when a station opened and closed on an early-voting day. */
@Repository
class StationDays {

    private final JdbcClient jdbc;

    StationDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StationDay> find(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("SELECT * FROM ev_station_days WHERE election_id = ? AND station_code = ? AND day = ?")
                .params(election.value(), station.value(), day).query(StationDays::row).optional();
    }

    /** Locks the day's row, so that closing and printing do not interleave. */
    Optional<StationDay> lock(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("SELECT * FROM ev_station_days WHERE election_id = ? AND station_code = ? AND day = ? FOR UPDATE")
                .params(election.value(), station.value(), day).query(StationDays::row).optional();
    }

    /**
     * Holds the day open while ballots print: closing (which locks the row for update) waits for the
     * prints in flight, so that every drawn serial is in the set the close writes out.
     */
    boolean holdOpen(ElectionId election, StationCode station, LocalDate day) {
        return jdbc.sql("SELECT 1 FROM ev_station_days WHERE election_id = ? AND station_code = ? AND day = ? AND closed_at IS NULL FOR SHARE")
                .params(election.value(), station.value(), day).query(Integer.class).optional().isPresent();
    }

    /** False when the day was opened before (by anyone, on any instance). */
    boolean open(ElectionId election, StationCode station, LocalDate day, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO ev_station_days (election_id, station_code, day, opened_at, opened_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(election.value(), station.value(), day, Timestamp.from(at), by).update() == 1;
    }

    boolean close(ElectionId election, StationCode station, LocalDate day, Instant at, String by) {
        return jdbc.sql("""
                UPDATE ev_station_days SET closed_at = ?, closed_by = ?
                WHERE election_id = ? AND station_code = ? AND day = ? AND closed_at IS NULL""")
                .params(Timestamp.from(at), by, election.value(), station.value(), day).update() == 1;
    }

    private static StationDay row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new StationDay(rs.getObject("day", LocalDate.class), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), closed == null ? null : closed.toInstant(), rs.getString("closed_by"));
    }
}
