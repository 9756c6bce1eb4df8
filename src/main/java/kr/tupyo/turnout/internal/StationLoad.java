package kr.tupyo.turnout.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tupyo.election.Election;
import kr.tupyo.election.Station;
import kr.tupyo.election.Stations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How busy each station is: arrivals (issuances) in the last 15 minutes and an estimated wait, so that
 * voters can pick a quieter station. The estimate treats a station as a queue served at
 * {@link #SERVICE_PER_MINUTE} voters a minute (two desks, about a minute per voter): with arrival rate λ
 * and utilisation ρ = λ/μ the expected wait is ρ/(μ(1−ρ)) minutes (M/M/1), shown from
 * {@link #MAX_WAIT_MINUTES} upwards as "long" (docs/decisions/142-station-load.md).
 */
@Service
public class StationLoad {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final double SERVICE_PER_MINUTE = 2.0;
    static final int MAX_WAIT_MINUTES = 60;

    private final JdbcClient jdbc;
    private final Stations stations;
    private final Clock clock;

    StationLoad(JdbcClient jdbc, Stations stations, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.clock = clock;
    }

    /**
     * @param arrivalsLast15  issuances in the 15 minutes up to now
     * @param perMinute       arrivals per minute over that window
     * @param waitMinutes     estimated wait, capped at {@link #MAX_WAIT_MINUTES}
     */
    public record Load(String code, String name, String address, String emdCode, long arrivalsLast15,
                       double perMinute, int waitMinutes) {
    }

    public List<Load> of(Election election) {
        var now = clock.instant();
        Map<String, Long> recent = new HashMap<>();
        jdbc.sql("""
                SELECT station_code, sum(issued) FROM turnout_station_minutes
                WHERE election_id = ? AND minute > ? AND minute <= ? GROUP BY station_code""")
                .params(election.id().value(), Timestamp.from(now.minus(WINDOW)),
                        Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)))
                .query(rs -> {
                    recent.put(rs.getString(1), rs.getLong(2));
                });
        return stations.of(election.id()).stream().map(s -> load(s, recent.getOrDefault(s.code().value(), 0L))).toList();
    }

    static Load load(Station s, long arrivals) {
        double rate = arrivals / (double) WINDOW.toMinutes();
        return new Load(s.code().value(), s.name(), s.address(), s.emdCode(), arrivals, Math.round(rate * 100) / 100.0,
                waitMinutes(rate));
    }

    static int waitMinutes(double arrivalsPerMinute) {
        double rho = arrivalsPerMinute / SERVICE_PER_MINUTE;
        if (rho >= 0.98) {
            return MAX_WAIT_MINUTES;
        }
        double wait = rho / (SERVICE_PER_MINUTE * (1 - rho));
        return (int) Math.min(MAX_WAIT_MINUTES, Math.round(wait));
    }
}
