package kr.tupyo.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.audit.AuditEntry;
import kr.tupyo.audit.AuditEvent;
import kr.tupyo.audit.AuditEventType;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in PostgreSQL. Appending locks the single chain-head row, so entries from every
 * instance form one chain in commit order; the lock is held only until the caller's transaction ends.
 */
@Component
class JdbcAuditLog implements AuditLog, AuditEntries {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000); // verification streams the whole log
        this.clock = clock;
    }

    @Override
    @Transactional
    public void recordAs(String actorOrNull, AuditEventType type, String target, AuditOutcome outcome,
                         Map<String, String> details) {
        Head head = jdbc.sql("UPDATE audit_chain_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                .single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = actorOrNull != null ? actorOrNull : currentActor();
        String remote = remoteAddress();
        String json = ChainHash.canonicalJson(details);
        byte[] hash = ChainHash.of(head.hash(), head.seq(), now, actor, type.name(), target, outcome.name(), remote, json);
        jdbc.sql("""
                INSERT INTO audit_log (seq, occurred_at, actor, action, target, outcome, remote_address, details, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(head.seq(), Timestamp.from(now), actor, type.name(), target, outcome.name(), remote, json,
                        head.hash(), hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET hash = ? WHERE id = 1").param(hash).update();
    }

    @Override
    public List<AuditEntry> newest(int limit, Long beforeSeq) {
        return jdbc.sql("""
                SELECT seq, occurred_at, actor, action, target, outcome, remote_address, details, hash
                FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?""")
                .params(beforeSeq == null ? Long.MAX_VALUE : beforeSeq, Math.min(Math.max(limit, 1), 500))
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("remote_address"),
                        rs.getString("details"), HexFormat.of().formatHex(rs.getBytes("hash"))))
                .list();
    }

    @Override
    @Transactional
    public AuditVerification verify() {
        AuditVerification result = walkChain();
        record(AuditEvent.AUDIT_VERIFIED, "audit-log", AuditOutcome.SUCCESS, Map.of(
                "intact", Boolean.toString(result.intact()), "checked", Long.toString(result.entriesChecked())));
        return result;
    }

    private AuditVerification walkChain() {
        ChainWalk walk = new ChainWalk();
        template.query("""
                SELECT seq, occurred_at, actor, action, target, outcome, remote_address, details, prev_hash, hash
                FROM audit_log ORDER BY seq""", walk);
        if (walk.result != null) {
            return walk.result;
        }
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash"))).single();
        if (head.seq() != walk.lastSeq || !Arrays.equals(head.hash(), walk.lastHash)) {
            return AuditVerification.brokenAt(walk.checked, walk.lastSeq + 1,
                    "entries after " + walk.lastSeq + " up to " + head.seq() + " are missing");
        }
        return AuditVerification.intact(walk.checked);
    }

    /** Streams the log once, stopping at the first entry that does not follow from its predecessor. */
    private static final class ChainWalk implements RowCallbackHandler {
        long checked;
        long lastSeq;
        byte[] lastHash = ChainHash.GENESIS;
        AuditVerification result;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            long seq = rs.getLong("seq");
            checked++;
            if (seq != lastSeq + 1) {
                result = AuditVerification.brokenAt(checked, lastSeq + 1, "entry " + (lastSeq + 1) + " is missing");
                return;
            }
            if (!Arrays.equals(rs.getBytes("prev_hash"), lastHash)) {
                result = AuditVerification.brokenAt(checked, seq, "entry " + seq + " does not link to entry " + lastSeq);
                return;
            }
            byte[] expected = ChainHash.of(lastHash, seq, rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
                    rs.getString("remote_address"), rs.getString("details"));
            if (!Arrays.equals(expected, rs.getBytes("hash"))) {
                result = AuditVerification.brokenAt(checked, seq, "entry " + seq + " was altered");
                return;
            }
            lastSeq = seq;
            lastHash = expected;
        }
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "system";
        }
        if (auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "anonymous";
        }
        return auth.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private record Head(long seq, byte[] hash) {
    }
}
