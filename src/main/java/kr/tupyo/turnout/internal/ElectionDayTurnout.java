package kr.tupyo.turnout.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
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
 * each precinct the newest entry of its latest hour counts.
 */
@Service
public class ElectionDayTurnout {

    static final int FIRST_HOUR = 6;
    static final int LAST_HOUR = 20;

    private final JdbcClient jdbc;
    private final Precincts precincts;
    private final AuditLog audit;
    private final Clock clock;

    ElectionDayTurnout(JdbcClient jdbc, Precincts precincts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.precincts = precincts;
        this.audit = audit;
        this.clock = clock;
    }

    public record Entry(long precinctId, String precinctName, int hour, long voters) {
    }

    @Transactional
    public Entry enter(Election election, long precinctId, int hour, long voters, String by) {
        Precinct precinct = precincts.of(election.id()).stream().filter(p -> p.id() == precinctId).findFirst()
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_PRECINCT_NOT_FOUND, precinctId));
        if (hour < FIRST_HOUR || hour > LAST_HOUR || voters < 0 || voters > precinct.electors() && precinct.electors() > 0) {
            throw new ProblemException(TurnoutError.TURNOUT_INVALID_ENTRY, hour, voters);
        }
        jdbc.sql("""
                INSERT INTO turnout_election_day_entries (election_id, precinct_id, emd_code, hour, voters, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(election.id().value(), precinctId, precinct.emdCode(), hour, voters, by,
                        java.sql.Timestamp.from(clock.instant())).update();
        audit.record(TurnoutAuditEvent.TURNOUT_ELECTION_DAY_ENTERED, election.id().toString(), AuditOutcome.SUCCESS,
                Map.of("precinct", Long.toString(precinctId), "hour", Integer.toString(hour), "voters", Long.toString(voters)));
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
        List<HourPoint> points = new ArrayList<>();
        int lastHour = lastHour(election, upTo);
        if (lastHour < FIRST_HOUR) {
            return points;
        }
        long[] atHour = new long[LAST_HOUR + 1];
        Map<Long, long[]> perPrecinct = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (precinct_id, hour) precinct_id, hour, voters FROM turnout_election_day_entries
                WHERE election_id = ? AND hour <= ? ORDER BY precinct_id, hour, id DESC""")
                .params(election.id().value(), lastHour)
                .query(rs -> {
                    perPrecinct.computeIfAbsent(rs.getLong(1), k -> new long[LAST_HOUR + 1])[rs.getInt(2)] = rs.getLong(3) + 1;
                });
        for (long[] hours : perPrecinct.values()) {
            long carried = 0;
            for (int h = FIRST_HOUR; h <= lastHour; h++) {
                if (hours[h] > 0) {
                    carried = hours[h] - 1; // stored +1 so that an entry of 0 voters is told apart from no entry
                }
                atHour[h] += carried;
            }
        }
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
