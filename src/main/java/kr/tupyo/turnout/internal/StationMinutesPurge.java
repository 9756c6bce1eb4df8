package kr.tupyo.turnout.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prunes {@code turnout_station_minutes}: station load reads only the last {@link StationLoad#WINDOW}
 * (15 minutes), so a per-minute row older than {@link #KEEP} (the window and a margin for instances
 * whose clocks differ a little) is never read again. The hourly counters keep the day's totals.
 * <p>
 * Every instance schedules it; a transaction-scoped advisory lock lets one of them run at a time and the
 * others skip. The DELETE is idempotent (a row older than the cut-off once is older for ever), so an
 * instance that runs after another deletes what is left and nothing else (docs/decisions/142).
 */
@Component
public class StationMinutesPurge {

    /** Any constant unique to this job among tupyo's advisory locks ("tupyo", module 08, job 1). */
    static final long LOCK = 0x7475_7079_6f08_0001L;
    /** Minutes younger than this stay: the 15-minute window with a 45-minute margin. */
    public static final Duration KEEP = StationLoad.WINDOW.plusMinutes(45);
    /** Rows deleted per statement, so that a first run after a long pause does not hold one huge delete. */
    static final int BATCH = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    StationMinutesPurge(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns how many per-minute rows were deleted, or -1 when another instance holds the job. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 300_000)
    @Transactional
    public int purge() {
        boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!mine) {
            return -1;
        }
        Timestamp before = Timestamp.from(cutOff(clock.instant()));
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    DELETE FROM turnout_station_minutes WHERE ctid = ANY (ARRAY(
                        SELECT ctid FROM turnout_station_minutes WHERE minute < ? LIMIT ?))""")
                    .params(before, BATCH).update();
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }

    /** Rows of minutes before this instant are no longer needed. */
    static Instant cutOff(Instant now) {
        return now.minus(KEEP);
    }
}
