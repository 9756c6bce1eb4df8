package kr.tupyo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends go through the inbox and are chained exactly once, in one contiguous, intact chain. */
@TupyoIntegrationTest
// Checks the whole chain: starts from a database of its own.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AuditInboxIT {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditEntries entries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentAppendsEndUpAsOneContiguousIntactChainWithEveryEntryOnce() throws Exception {
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            // a reader chaining on demand, racing with the background chainer and the appends
            Future<?> chainer = pool.submit(() -> {
                while (appending.get()) {
                    entries.chainPending();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "concurrent-" + thread + "-" + i,
                                AuditOutcome.SUCCESS, Map.of("i", Integer.toString(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            appending.set(false);
            chainer.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        entries.chainPending();

        assertThat(jdbc.sql("SELECT count(*) FROM audit_inbox").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target LIKE 'concurrent-%'").query(Long.class).single())
                .isEqualTo((long) threads * perThread);
        assertThat(jdbc.sql("SELECT count(DISTINCT target) FROM audit_log WHERE target LIKE 'concurrent-%'")
                .query(Long.class).single()).isEqualTo((long) threads * perThread);
        long count = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        assertThat(jdbc.sql("SELECT min(seq) FROM audit_log").query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT max(seq) FROM audit_log").query(Long.class).single()).isEqualTo(count);
        assertThat(jdbc.sql("SELECT seq FROM audit_chain_head WHERE id = 1").query(Long.class).single()).isEqualTo(count);
        AuditVerification result = entries.verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(count);
    }

    @Test
    void anEntryRolledBackWithItsTransactionNeverAppears() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "rolled-back", AuditOutcome.SUCCESS, Map.of());
            status.setRollbackOnly();
        });
        audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "committed", AuditOutcome.SUCCESS, Map.of());
        entries.chainPending();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target = 'committed'").query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target = 'rolled-back'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_inbox WHERE target = 'rolled-back'").query(Long.class).single()).isZero();
        assertThat(entries.verify().intact()).isTrue();
    }

    @Test
    void anEntryCommittedAfterALaterOneIsChainedAfterItExactlyOnce() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(status -> {
            audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "in-flight-first", AuditOutcome.SUCCESS, Map.of());
            inner.executeWithoutResult(s -> audit.recordAs("tester", AuditEvent.AUDIT_VERIFIED, "committed-second",
                    AuditOutcome.SUCCESS, Map.of()));
            entries.chainPending(); // sees only the second: the first is still in flight
        });
        entries.chainPending();
        long first = jdbc.sql("SELECT seq FROM audit_log WHERE target = 'in-flight-first'").query(Long.class).single();
        long second = jdbc.sql("SELECT seq FROM audit_log WHERE target = 'committed-second'").query(Long.class).single();
        assertThat(first).isGreaterThan(second);
        assertThat(entries.verify().intact()).isTrue();
    }
}
