package kr.tupyo.turnout.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.Elections;
import kr.tupyo.election.Precinct;
import kr.tupyo.election.Precincts;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.TurnoutError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Election-day turnout (선거일 투표율) as precinct officials report it: the cumulative number of voters
 * at a precinct's polling station at the end of an hour (06:00–20:00). Entries are append-only; for
 * each precinct the newest entry of its latest hour counts. Cumulative figures never go down: an entry
 * below the figure in force for an earlier hour, or above the one for a later hour, is refused
 * ({@code TURNOUT_ENTRY_NOT_CUMULATIVE}); a mistake is corrected by a new entry for the wrong hour first
 * (docs/decisions/146).
 */
@Service
public class ElectionDayTurnout {

    public static final int FIRST_HOUR = 6;
    public static final int LAST_HOUR = 20;

    private final JdbcClient jdbc;
    private final Precincts precincts;
    private final Elections elections;
    private final AuditLog audit;
    private final Clock clock;

    ElectionDayTurnout(JdbcClient jdbc, Precincts precincts, Elections elections, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.precincts = precincts;
        this.elections = elections;
        this.audit = audit;
        this.clock = clock;
    }

    public record Entry(long precinctId, String precinctName, int hour, long voters) {
    }

    /**
     * One hour of a precinct's election day: the figure in force (null while nobody entered one), who
     * entered it and when, and how many entries the hour has had (more than one: corrected).
     */
    public record PrecinctHour(int hour, Long voters, String enteredBy, Instant enteredAt, int entries) {
    }

    /** A precinct's election day so far, for its official's page and terminal. */
    public record PrecinctDay(long precinctId, String precinctName, String pollingPlace, String emdCode, int electors,
                              String electionId, String electionName, LocalDate electionDay, List<PrecinctHour> hours,
                              long latest, Integer nextHour) {
    }

    /** The precinct with that id and its election, or 404 {@code TURNOUT_PRECINCT_NOT_FOUND}. */
    public PrecinctDay day(long precinctId) {
        Precinct precinct = precincts.find(precinctId)
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_PRECINCT_NOT_FOUND, precinctId));
        Election election = elections.find(precinct.election())
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_PRECINCT_NOT_FOUND, precinctId));
        return day(election, precinct);
    }

    /** The precinct's day in that election, or 404 when the precinct is not one of the election's. */
    public PrecinctDay day(Election election, long precinctId) {
        return day(election, precinctOf(election, precinctId));
    }

    private PrecinctDay day(Election election, Precinct precinct) {
        Map<Integer, PrecinctHour> entered = new HashMap<>();
        jdbc.sql("""
                SELECT hour, voters, entered_by, entered_at, count(*) OVER (PARTITION BY hour) AS entries,
                       row_number() OVER (PARTITION BY hour ORDER BY id DESC) AS newest
                FROM turnout_election_day_entries WHERE election_id = ? AND precinct_id = ?""")
                .params(election.id().value(), precinct.id())
                .query(rs -> {
                    if (rs.getInt("newest") == 1) {
                        entered.put(rs.getInt("hour"), new PrecinctHour(rs.getInt("hour"), rs.getLong("voters"),
                                rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant(), rs.getInt("entries")));
                    }
                });
        List<PrecinctHour> hours = new ArrayList<>();
        long latest = 0;
        int latestHour = FIRST_HOUR - 1;
        for (int h = FIRST_HOUR; h <= LAST_HOUR; h++) {
            PrecinctHour hour = entered.getOrDefault(h, new PrecinctHour(h, null, null, null, 0));
            hours.add(hour);
            if (hour.voters() != null) {
                latest = hour.voters();
                latestHour = h;
            }
        }
        return new PrecinctDay(precinct.id(), precinct.name(), precinct.pollingPlace(), precinct.emdCode(),
                precinct.electors(), election.id().toString(), election.name(), election.electionDay(), hours, latest,
                latestHour < LAST_HOUR ? latestHour + 1 : null);
    }

    private Precinct precinctOf(Election election, long precinctId) {
        return precincts.find(precinctId).filter(p -> p.election().equals(election.id()))
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_PRECINCT_NOT_FOUND, precinctId));
    }

    @Transactional
    public Entry enter(Election election, long precinctId, int hour, long voters, String by) {
        Precinct precinct = precinctOf(election, precinctId);
        if (hour < FIRST_HOUR || hour > LAST_HOUR || voters < 0 || voters > precinct.electors() && precinct.electors() > 0) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_ENTRY, hour, voters);
        }
        // One entry of a precinct at a time, so that two terminals cannot both pass the cumulative check.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('turnout-election-day', ?))").param(precinctId)
                .query(rs -> {
                });
        Map<Integer, Long> inForce = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (hour) hour, voters FROM turnout_election_day_entries
                WHERE election_id = ? AND precinct_id = ? ORDER BY hour, id DESC""")
                .params(election.id().value(), precinctId)
                .query(rs -> {
                    inForce.put(rs.getInt(1), rs.getLong(2));
                });
        for (int h = hour - 1; h >= FIRST_HOUR; h--) {
            Long earlier = inForce.get(h);
            if (earlier != null) {
                if (voters < earlier) {
                    throw new ProblemException(TurnoutError.TURNOUT_ENTRY_NOT_CUMULATIVE,
                            Map.of("hour", hour, "voters", voters, "otherHour", h, "otherVoters", earlier),
                            hour, voters, h, earlier);
                }
                break;
            }
        }
        for (int h = hour + 1; h <= LAST_HOUR; h++) {
            Long later = inForce.get(h);
            if (later != null) {
                if (voters > later) {
                    throw new ProblemException(TurnoutError.TURNOUT_ENTRY_NOT_CUMULATIVE,
                            Map.of("hour", hour, "voters", voters, "otherHour", h, "otherVoters", later),
                            hour, voters, h, later);
                }
                break;
            }
        }
        jdbc.sql("""
                INSERT INTO turnout_election_day_entries (election_id, precinct_id, emd_code, hour, voters, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(election.id().value(), precinctId, precinct.emdCode(), hour, voters, by,
                        java.sql.Timestamp.from(clock.instant())).update();
        audit.record(TurnoutAuditEvent.TURNOUT_ELECTION_DAY_ENTERED, election.id().toString(), AuditOutcome.SUCCESS,
                Map.of("precinct", Long.toString(precinctId), "hour", Integer.toString(hour), "voters", Long.toString(voters),
                        "correction", Boolean.toString(inForce.containsKey(hour))));
        return new Entry(precinctId, precinct.name(), hour, voters);
    }

    /** Latest cumulative voters per 시군구 up to the cut-off (only hours of election day that have ended). */
    Map<String, Long> latestPerSgg(Election election, LocalDateTime upTo) {
        Map<String, Long> perSgg = new HashMap<>();
        int lastHour = lastHour(election, upTo);
        if (lastHour < FIRST_HOUR) {
            return perSgg;
        }
        jdbc.sql("""
                SELECT left(emd_code, 5) AS sgg, sum(voters) AS voters FROM (
                    SELECT DISTINCT ON (precinct_id) emd_code, voters FROM turnout_election_day_entries
                    WHERE election_id = ? AND hour <= ? ORDER BY precinct_id, hour DESC, id DESC) latest
                GROUP BY 1""").params(election.id().value(), lastHour)
                .query(rs -> {
                    perSgg.put(rs.getString("sgg"), rs.getLong("voters"));
                });
        return perSgg;
    }

    /** National election-day curve: for each hour, the sum over precincts of their latest figure so far. */
    List<HourPoint> nationalCurve(Election election, LocalDateTime upTo, long electors) {
        long[] atHour = atHourBy(election, upTo, emd -> NATION).get(NATION);
        return atHour == null ? emptyDay(election, upTo, electors) : points(election, upTo, atHour, electors);
    }

    /** The same curve for each 시도 with entries, by its 2-digit code, against the 시도's electors. */
    Map<String, List<HourPoint>> sidoCurves(Election election, LocalDateTime upTo, Map<String, Long> electorsBySido) {
        Map<String, List<HourPoint>> curves = new TreeMap<>();
        atHourBy(election, upTo, emd -> emd.substring(0, 2)).forEach((sido, atHour) ->
                curves.put(sido, points(election, upTo, atHour, electorsBySido.getOrDefault(sido, 0L))));
        return curves;
    }

    private static final String NATION = "00";

    /**
     * For each area (as {@code area} names a precinct's 읍면동), each hour's sum over its precincts of their
     * latest figure so far; empty before election day.
     */
    private Map<String, long[]> atHourBy(Election election, LocalDateTime upTo, Function<String, String> area) {
        Map<String, long[]> atHourByArea = new HashMap<>();
        int lastHour = lastHour(election, upTo);
        if (lastHour < FIRST_HOUR) {
            return atHourByArea;
        }
        Map<Long, long[]> perPrecinct = new HashMap<>();
        Map<Long, String> areaOf = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (precinct_id, hour) precinct_id, emd_code, hour, voters FROM turnout_election_day_entries
                WHERE election_id = ? AND hour <= ? ORDER BY precinct_id, hour, id DESC""")
                .params(election.id().value(), lastHour)
                .query(rs -> {
                    perPrecinct.computeIfAbsent(rs.getLong(1), k -> new long[LAST_HOUR + 1])[rs.getInt(3)] = rs.getLong(4) + 1;
                    areaOf.putIfAbsent(rs.getLong(1), area.apply(rs.getString(2)));
                });
        perPrecinct.forEach((precinct, hours) -> {
            long[] atHour = atHourByArea.computeIfAbsent(areaOf.get(precinct), k -> new long[LAST_HOUR + 1]);
            long carried = 0;
            for (int h = FIRST_HOUR; h <= lastHour; h++) {
                if (hours[h] > 0) {
                    carried = hours[h] - 1; // stored +1 so that an entry of 0 voters is told apart from no entry
                }
                atHour[h] += carried;
            }
        });
        return atHourByArea;
    }

    /** Hours begun with no entry yet anywhere still show, at 0 (as the national curve always did). */
    private static List<HourPoint> emptyDay(Election election, LocalDateTime upTo, long electors) {
        return lastHour(election, upTo) < FIRST_HOUR ? new ArrayList<>()
                : points(election, upTo, new long[LAST_HOUR + 1], electors);
    }

    private static List<HourPoint> points(Election election, LocalDateTime upTo, long[] atHour, long electors) {
        List<HourPoint> points = new ArrayList<>();
        int lastHour = lastHour(election, upTo);
        long previous = 0;
        for (int h = FIRST_HOUR; h <= lastHour; h++) {
            points.add(new HourPoint(election.electionDay(), h, atHour[h] - previous, atHour[h], Percent.of(atHour[h], electors)));
            previous = atHour[h];
        }
        return points;
    }

    /** The last hour of election day that has ended by the cut-off, or -1 before election day. */
    private static int lastHour(Election election, LocalDateTime upTo) {
        if (upTo.toLocalDate().isBefore(election.electionDay())) {
            return -1;
        }
        if (upTo.toLocalDate().isAfter(election.electionDay())) {
            return LAST_HOUR;
        }
        return Math.min(LAST_HOUR, upTo.getHour());
    }
}
