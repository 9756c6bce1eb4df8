package kr.tupyo.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in PostgreSQL (decisions 004 and 007). Appending inserts into {@code audit_inbox} in the
 * caller's transaction, with no shared lock, so an action and its entry commit or roll back together
 * while appends from many stations run in parallel. One chainer at a time (a transaction-scoped
 * advisory lock, so several instances are safe) moves committed inbox entries into {@code audit_log}
 * in batches, in inbox-id order, computing the hash chain and moving the head row, and deletes them from
 * the inbox in the same transaction: each entry is chained exactly once. It runs every 200 ms, and
 * before every read, so verification and listings see everything committed before them. An entry is
 * tamper-evident from the moment it is chained; the chain order is the chaining order.
 */
@Component
class JdbcAuditLog implements AuditLog, AuditEntries {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);

    /** The advisory lock that elects the one chainer ("tupyoAud"). */
    static final long CHAINER_LOCK = 0x747570796f417564L;
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final TransactionTemplate chainTx;
    private final TransactionTemplate walkTx;

    JdbcAuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000); // verification streams the whole log
        this.clock = clock;
        this.chainTx = new TransactionTemplate(transactions);
        this.chainTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.walkTx = new TransactionTemplate(transactions);
        this.walkTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.walkTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ); // chain and head from one snapshot
        this.walkTx.setReadOnly(true);
    }

    @Override
    @Transactional
    public void recordAs(String actorOrNull, AuditEventType type, String target, AuditOutcome outcome,
                         Map<String, String> details) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = actorOrNull != null ? actorOrNull : actorOfRequest();
        jdbc.sql("""
                INSERT INTO audit_inbox (occurred_at, actor, action, target, outcome, remote_address, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(now), actor, type.name(), target, outcome.name(), remoteAddress(),
                        ChainHash.canonicalJson(details))
                .update();
    }

    @Override
    public Actor currentActor() {
        return new Actor(actorOfRequest(), remoteAddress());
    }

    @Override
    @Transactional
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        int n = entries.size();
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] targets = new String[n];
        String[] outcomes = new String[n];
        String[] addresses = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            actors[i] = e.actor().name();
            actions[i] = e.type().name();
            targets[i] = e.target();
            outcomes[i] = e.outcome().name();
            addresses[i] = e.actor().remoteAddress();
            details[i] = ChainHash.canonicalJson(e.details());
        }
        // WITH ORDINALITY + ORDER BY: the inbox ids (and so the chain order) follow the list's order.
        jdbc.sql("""
                INSERT INTO audit_inbox (occurred_at, actor, action, target, outcome, remote_address, details)
                SELECT ?, actor, action, target, outcome, remote_address, details
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS e(actor, action, target, outcome, remote_address, details, n)
                ORDER BY n""")
                .params(now, actors, actions, targets, outcomes, addresses, details)
                .update();
    }

    /** The background chainer: skips its turn when another instance (or a reader) is chaining. */
    @Scheduled(initialDelay = 1000, fixedDelay = 200)
    void chainInBackground() {
        try {
            int moved;
            do {
                moved = chainBatch(false);
            } while (moved == BATCH);
        } catch (RuntimeException e) {
            log.warn("Chaining the audit inbox failed; the next run retries: {}", e.toString());
        }
    }

    @Override
    public long chainPending() {
        long total = 0;
        int moved;
        do {
            moved = chainBatch(true);
            total += moved;
        } while (moved == BATCH);
        return total;
    }

    /**
     * One transaction: elect this chainer, take up to {@link #BATCH} committed inbox entries (deleting
     * them), link them after the head in inbox-id order, and move the head. Returns how many were
     * chained, or -1 when another chainer holds the lock and {@code wait} is false.
     */
    private int chainBatch(boolean wait) {
        Integer moved = chainTx.execute(status -> {
            if (wait) {
                jdbc.sql("SELECT pg_advisory_xact_lock(?)::text").param(CHAINER_LOCK).query(String.class).optional();
            } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(CHAINER_LOCK).query(Boolean.class).single()) {
                return -1;
            }
            List<Pending> batch = new ArrayList<>(jdbc.sql("""
                    DELETE FROM audit_inbox WHERE id IN (
                        SELECT id FROM audit_inbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING id, occurred_at, actor, action, target, outcome, remote_address, details""")
                    .param(BATCH)
                    .query((rs, n) -> new Pending(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                            rs.getString("outcome"), rs.getString("remote_address"), rs.getString("details")))
                    .list());
            if (batch.isEmpty()) {
                return 0;
            }
            batch.sort(Comparator.comparingLong(Pending::id));
            Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash"))).single();
            long seq = head.seq();
            byte[] previous = head.hash();
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (Pending e : batch) {
                seq++;
                byte[] hash = ChainHash.of(previous, seq, e.occurredAt(), e.actor(), e.action(), e.target(),
                        e.outcome(), e.remoteAddress(), e.details());
                rows.add(new Object[] {seq, Timestamp.from(e.occurredAt()), e.actor(), e.action(), e.target(),
                        e.outcome(), e.remoteAddress(), e.details(), previous, hash});
                previous = hash;
            }
            template.batchUpdate("""
                    INSERT INTO audit_log (seq, occurred_at, actor, action, target, outcome, remote_address, details, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.sql("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1").params(seq, previous).update();
            return batch.size();
        });
        return moved == null ? 0 : moved;
    }

    @Override
    public List<AuditEntry> newest(int limit, Long beforeSeq) {
        chainPending();
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
    public AuditVerification verify() {
        chainPending();
        AuditVerification result = walkTx.execute(status -> walkChain());
        chainTx.executeWithoutResult(status -> record(AuditEvent.AUDIT_VERIFIED, "audit-log", AuditOutcome.SUCCESS,
                Map.of("intact", Boolean.toString(result.intact()), "checked", Long.toString(result.entriesChecked()))));
        return result;
    }

    private AuditVerification walkChain() {
        // REPEATABLE READ: the first query fixes the snapshot, so a chainer committing meanwhile is not
        // mistaken for entries missing between the walked chain and the head row.
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash"))).single();
        ChainWalk walk = new ChainWalk();
        template.query("""
                SELECT seq, occurred_at, actor, action, target, outcome, remote_address, details, prev_hash, hash
                FROM audit_log ORDER BY seq""", walk);
        if (walk.result != null) {
            return walk.result;
        }
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

    private static String actorOfRequest() {
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

    private record Pending(long id, Instant occurredAt, String actor, String action, String target, String outcome,
                           String remoteAddress, String details) {
    }
}
