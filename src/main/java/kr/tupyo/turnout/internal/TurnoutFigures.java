package kr.tupyo.turnout.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.tupyo.election.Election;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.registry.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turnout figures from the counters: at most 250 시군구 × hours × 2 rows per election, never the
 * issuance records. Officials see everything up to now; the public sees the last completed hour,
 * like the commission's own "10시 기준" figures.
 */
@Service
public class TurnoutFigures {

    private final JdbcClient jdbc;
    private final Electorate electorate;
    private final Divisions divisions;
    private final PreviousCurves previous;
    private final ElectionDayTurnout electionDay;
    private final Clock clock;

    TurnoutFigures(JdbcClient jdbc, Electorate electorate, Divisions divisions, PreviousCurves previous,
                   ElectionDayTurnout electionDay, Clock clock) {
        this.jdbc = jdbc;
        this.electorate = electorate;
        this.divisions = divisions;
        this.previous = previous;
        this.electionDay = electionDay;
        this.clock = clock;
    }

    /** Live figures (officials): everything counted up to now. Not read-only: the first use may copy the electorate. */
    @Transactional
    public TurnoutSnapshot live(Election election) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(KoreaTime.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        return snapshot(election, now.plusMinutes(1), now);
    }

    /** Published figures: up to the last full hour (the same for every caller during an hour, so cacheable). */
    @Transactional
    public TurnoutSnapshot published(Election election) {
        LocalDateTime hour = LocalDateTime.now(clock.withZone(KoreaTime.ZONE)).truncatedTo(ChronoUnit.HOURS);
        return snapshot(election, hour, hour);
    }

    private TurnoutSnapshot snapshot(Election election, LocalDateTime upTo, LocalDateTime shownAs) {
        Map<String, Long> electorsPerEmd = electorate.perEmd(election.id());
        Map<String, Long> sggElectors = new HashMap<>();
        electorsPerEmd.forEach((emd, n) -> sggElectors.merge(emd.substring(0, 5), n, Long::sum));

        Map<String, long[]> perSgg = new TreeMap<>(); // code → {in, out}
        Map<String, Map<LocalDateTime, long[]>> sidoHourly = new TreeMap<>();
        jdbc.sql("""
                SELECT area_code, day, hour, in_district, issued FROM turnout_area_hours
                WHERE election_id = ? AND level = 'SGG' AND (day + make_interval(hours => hour)) < ?""")
                .params(election.id().value(), upTo)
                .query(rs -> {
                    String sgg = rs.getString("area_code");
                    boolean in = rs.getBoolean("in_district");
                    long n = rs.getLong("issued");
                    perSgg.computeIfAbsent(sgg, k -> new long[2])[in ? 0 : 1] += n;
                    LocalDateTime at = rs.getObject("day", LocalDate.class).atTime(rs.getInt("hour"), 0);
                    sidoHourly.computeIfAbsent(sgg.substring(0, 2), k -> new TreeMap<>())
                            .computeIfAbsent(at, k -> new long[1])[0] += n;
                });
        Map<String, Long> dayVotersPerSgg = electionDay.latestPerSgg(election, upTo);

        Map<String, String> names = divisions.areaNames();
        java.util.Set<String> sggCodes = new java.util.TreeSet<>();
        names.keySet().stream().filter(code -> code.length() == 5).forEach(sggCodes::add);
        sggCodes.addAll(perSgg.keySet());
        sggCodes.addAll(sggElectors.keySet());

        List<AreaTurnout> sggs = new ArrayList<>();
        Map<String, long[]> sidoTotals = new TreeMap<>(); // {electors, in, out, day}
        for (String sgg : sggCodes) {
            long[] c = perSgg.getOrDefault(sgg, new long[2]);
            long electors = sggElectors.getOrDefault(sgg, 0L);
            long day = dayVotersPerSgg.getOrDefault(sgg, 0L);
            sggs.add(AreaTurnout.of(sgg, names.getOrDefault(sgg, sgg), electors, c[0], c[1], day));
            long[] t = sidoTotals.computeIfAbsent(sgg.substring(0, 2), k -> new long[4]);
            t[0] += electors;
            t[1] += c[0];
            t[2] += c[1];
            t[3] += day;
        }
        List<AreaTurnout> sidos = new ArrayList<>();
        long[] nation = new long[4];
        sidoTotals.forEach((code, t) -> {
            sidos.add(AreaTurnout.of(code, names.getOrDefault(code, code), t[0], t[1], t[2], t[3]));
            for (int i = 0; i < 4; i++) {
                nation[i] += t[i];
            }
        });
        AreaTurnout national = AreaTurnout.of("00", "전국", nation[0], nation[1], nation[2], nation[3]);

        List<LocalDateTime> hours = earlyVotingHours(election, upTo);
        Map<LocalDateTime, long[]> nationalHourly = new TreeMap<>();
        sidoHourly.values().forEach(m -> m.forEach((at, n) -> nationalHourly.computeIfAbsent(at, k -> new long[1])[0] += n[0]));
        Map<String, List<HourPoint>> sidoCurves = new LinkedHashMap<>();
        sidoHourly.forEach((code, m) -> sidoCurves.put(code, curve(hours, m, sidoTotals.get(code)[0])));
        var prior = previous.national(election.id());
        List<HourPoint> dayCurve = electionDay.nationalCurve(election, upTo, nation[0]);
        Map<String, Long> sidoElectors = new HashMap<>();
        sidoTotals.forEach((code, t) -> sidoElectors.put(code, t[0]));
        Map<String, List<HourPoint>> sidoFinal = new LinkedHashMap<>();
        electionDay.sidoCurves(election, upTo, sidoElectors).forEach((code, c) -> {
            long[] t = sidoTotals.getOrDefault(code, new long[4]);
            sidoFinal.put(code, withEarlyVoters(c, t[1] + t[2], t[0]));
        });
        return new TurnoutSnapshot(election.id().toString(), election.name(), election.electionDay(), shownAs, national,
                sidos, sggs, curve(hours, nationalHourly, nation[0]), sidoCurves,
                dayCurve, withEarlyVoters(dayCurve, national.early(), nation[0]), sidoFinal, prior.label(), prior.points());
    }

    /** Election-day points with the early voters added, so the national curve runs on to final turnout. */
    static List<HourPoint> withEarlyVoters(List<HourPoint> electionDay, long early, long electors) {
        return electionDay.stream().map(p -> new HourPoint(p.day(), p.hour(), p.arrivals(), early + p.cumulative(),
                Percent.of(early + p.cumulative(), electors))).toList();
    }

    /** The opening hours of the early-voting days begun before the cut-off, so that quiet hours show as 0. */
    static List<LocalDateTime> earlyVotingHours(Election election, LocalDateTime upTo) {
        List<LocalDateTime> hours = new ArrayList<>();
        var cal = election.calendar();
        for (LocalDate d = cal.earlyVoting().first(); !d.isAfter(cal.earlyVoting().last()); d = d.plusDays(1)) {
            for (int h = cal.earlyVotingOpens().getHour(); h < cal.earlyVotingCloses().getHour(); h++) {
                LocalDateTime at = d.atTime(h, 0);
                if (at.isBefore(upTo)) { // an hour counts once it has begun: live shows the current hour so far
                    hours.add(at);
                }
            }
        }
        return hours;
    }

    private static List<HourPoint> curve(List<LocalDateTime> hours, Map<LocalDateTime, long[]> counts, long electors) {
        List<HourPoint> points = new ArrayList<>();
        long cumulative = 0;
        for (LocalDateTime at : hours) {
            long n = counts.containsKey(at) ? counts.get(at)[0] : 0;
            cumulative += n;
            points.add(new HourPoint(at.toLocalDate(), at.getHour(), n, cumulative, Percent.of(cumulative, electors)));
        }
        return points;
    }
}
