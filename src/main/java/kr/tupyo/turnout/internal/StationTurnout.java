package kr.tupyo.turnout.internal;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.election.Election;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Issuances by station and hour, and by the voter's 읍면동, straight from the counters. */
@Service
public class StationTurnout {

    private final JdbcClient jdbc;

    StationTurnout(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StationHour(String station, LocalDate day, int hour, long inDistrict, long outOfDistrict) {
    }

    public record EmdCount(String emdCode, long inDistrict, long outOfDistrict) {
    }

    public List<StationHour> stationHours(Election election) {
        return jdbc.sql("""
                SELECT station_code, day, hour, coalesce(sum(issued) FILTER (WHERE in_district), 0) AS i,
                       coalesce(sum(issued) FILTER (WHERE NOT in_district), 0) AS o
                FROM turnout_station_hours WHERE election_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .param(election.id().value())
                .query((rs, n) -> new StationHour(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getLong(4), rs.getLong(5))).list();
    }

    public List<EmdCount> emds(Election election) {
        return jdbc.sql("""
                SELECT area_code, coalesce(sum(issued) FILTER (WHERE in_district), 0) AS i,
                       coalesce(sum(issued) FILTER (WHERE NOT in_district), 0) AS o
                FROM turnout_area_hours WHERE election_id = ? AND level = 'EMD' GROUP BY 1 ORDER BY 1""")
                .param(election.id().value())
                .query((rs, n) -> new EmdCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
