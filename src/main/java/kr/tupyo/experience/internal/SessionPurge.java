package kr.tupyo.experience.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.experience.ExperienceAuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes demo sessions older than 7 days, with their demo voters and issuances. Every instance
 * schedules it; a transaction-scoped advisory lock lets one run at a time and the others skip.
 */
@Component
public class SessionPurge {

    /** Any constant unique to this job among tupyo's advisory locks. */
    static final long LOCK = 0x7475_7079_6f10_0001L;
    static final Duration KEEP = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final DemoSessions sessions;
    private final Clock clock;
    private final AuditLog audit;

    SessionPurge(JdbcClient jdbc, DemoSessions sessions, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
        this.audit = audit;
    }

    /** Returns how many sessions were deleted, or -1 when another instance holds the job. */
    @Scheduled(cron = "0 43 * * * *", zone = "Asia/Seoul")
    @Transactional
    public int purge() {
        boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!mine) {
            return -1;
        }
        Instant before = clock.instant().minus(KEEP);
        int deleted = sessions.deleteCreatedBefore(before);
        if (deleted > 0) {
            audit.record(ExperienceAuditEvent.DEMO_SESSIONS_PURGED, "xp_sessions", AuditOutcome.SUCCESS,
                    Map.of("deleted", Integer.toString(deleted), "createdBefore", before.toString()));
        }
        return deleted;
    }
}
