package kr.tupyo.earlyvoting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.platform.KoreaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes voters' signature images once their keeping period (30 days after election day) is over.
 * Every instance schedules it; a transaction-scoped advisory lock lets one of them run at a time and
 * the others skip, so several instances never purge twice or block each other.
 */
@Component
public class SignaturePurge {

    /** Any constant unique to this job among tupyo's advisory locks. */
    static final long LOCK = 0x7475_7079_6f07_0001L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    SignaturePurge(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Returns how many images were deleted, or -1 when another instance holds the job. */
    @Scheduled(cron = "0 17 * * * *", zone = "Asia/Seoul")
    @Transactional
    public int purge() {
        boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!mine) {
            return -1;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), KoreaTime.ZONE);
        int deleted = jdbc.sql("DELETE FROM ev_signatures WHERE purge_after < ?").param(today).update();
        if (deleted > 0) {
            audit.record(EarlyVotingAuditEvent.SIGNATURES_PURGED, "ev_signatures", AuditOutcome.SUCCESS,
                    Map.of("deleted", Integer.toString(deleted), "before", today.toString()));
        }
        return deleted;
    }
}
