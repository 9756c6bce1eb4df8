package kr.tupyo.turnout.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kr.tupyo.election.Election;
import kr.tupyo.election.Station;
import kr.tupyo.election.Stations;
import kr.tupyo.registry.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How busy each station is: arrivals (issuances) in the last 15 minutes and an estimated wait, so that
 * voters can pick a quieter station. The estimate treats a station as a queue served at
 * {@link #SERVICE_PER_MINUTE} voters a minute (two desks, about a minute per voter): with arrival rate λ
 * and utilisation ρ = λ/μ the expected wait is ρ/(μ(1−ρ)) minutes (M/M/1), shown from
 * {@link #MAX_WAIT_MINUTES} upwards as "long" (docs/decisions/142-station-load.md).
 * <p>
 * A voter compares the stations of one 시도 or 시군구 ({@link StationArea}): the list is ordered quietest
 * first (shortest estimated wait, then fewest recent arrivals, then name), never the whole country unsorted.
 */
@Service
public class StationLoad {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final double SERVICE_PER_MINUTE = 2.0;
    static final int MAX_WAIT_MINUTES = 60;

    /** Quietest first: shortest estimated wait, then fewest arrivals in the window, then name and code. */
    static final Comparator<Load> QUIETEST_FIRST = Comparator.comparingInt(Load::waitMinutes)
            .thenComparingLong(Load::arrivalsLast15).thenComparing(Load::name).thenComparing(Load::code);

    private final JdbcClient jdbc;
    private final Stations stations;
    private final Divisions divisions;
    private final Clock clock;

    StationLoad(JdbcClient jdbc, Stations stations, Divisions divisions, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** A 시군구 with early-voting stations, to choose on the public page. */
    public record AreaChoice(String code, String name, int stations) {
    }

    /** A 시도 with its 시군구 that have stations. */
    public record SidoChoice(String code, String name, int stations, List<AreaChoice> sggs) {
    }

    /**
     * @param arrivalsLast15  issuances in the 15 minutes up to now
     * @param perMinute       arrivals per minute over that window
     * @param waitMinutes     estimated wait, capped at {@link #MAX_WAIT_MINUTES}
     */
    public record Load(String code, String name, String address, String emdCode, long arrivalsLast15,
                       double perMinute, int waitMinutes) {
    }

    /** Every station of the election, quietest first. */
    public List<Load> of(Election election) {
        return of(election, Optional.empty());
    }

    /**
     * The stations of the area (all without one), quietest first. An area without stations is an empty list
     * when it is a 시도 or 시군구 of the division table in force, and refused ({@code TURNOUT_INVALID_AREA})
     * when it is not: a mistyped code must not look like an area where no one votes early.
     */
    public List<Load> of(Election election, Optional<StationArea> area) {
        List<Station> chosen = stations.of(election.id()).stream()
                .filter(s -> area.map(a -> a.contains(s.emdCode())).orElse(true)).toList();
        if (chosen.isEmpty()) {
            area.ifPresent(this::requireDivision);
            return List.of();
        }
        Map<String, Long> recent = recentArrivals(election);
        return chosen.stream().map(s -> load(s, recent.getOrDefault(s.code().value(), 0L))).sorted(QUIETEST_FIRST).toList();
    }

    /** Looked up only when no station is in the area: a station's 읍면동 already proves its area exists. */
    private void requireDivision(StationArea area) {
        boolean named = area.isSido() ? !divisions.sigungus(area.code()).isEmpty() : !divisions.emds(area.code()).isEmpty();
        if (!named) {
            throw StationArea.invalid(area.code());
        }
    }

    /** The 시도 and 시군구 where the election has stations, by code, named as in the division table in force. */
    public List<SidoChoice> areas(Election election) {
        Map<String, Integer> perSgg = new TreeMap<>();
        stations.of(election.id()).forEach(s -> perSgg.merge(s.sggCode(), 1, Integer::sum));
        Map<String, String> names = divisions.areaNames();
        Map<String, List<AreaChoice>> bySido = new TreeMap<>();
        perSgg.forEach((sgg, n) -> bySido.computeIfAbsent(sgg.substring(0, 2), k -> new ArrayList<>())
                .add(new AreaChoice(sgg, names.getOrDefault(sgg, sgg), n)));
        List<SidoChoice> areas = new ArrayList<>();
        bySido.forEach((sido, sggs) -> areas.add(new SidoChoice(sido, names.getOrDefault(sido, sido),
                sggs.stream().mapToInt(AreaChoice::stations).sum(), sggs)));
        return areas;
    }

    private Map<String, Long> recentArrivals(Election election) {
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
        return recent;
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
