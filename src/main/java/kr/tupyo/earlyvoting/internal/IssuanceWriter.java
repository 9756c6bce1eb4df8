package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.earlyvoting.BallotIssued;
import kr.tupyo.earlyvoting.BallotsIssued;
import kr.tupyo.earlyvoting.EarlyVotingAuditEvent;
import kr.tupyo.election.AreaCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes issuances in batches (decision 123). Requests wait in a queue; each of {@link #WRITERS} writer
 * threads takes whatever has queued up (at most {@link #MAX_BATCH}) and writes it in one transaction: the
 * keys, issuances and signatures in one statement, the audit entries in one, the turnout counters in one
 * per kind, one commit. A request is answered only after its batch committed. Under load the batches grow
 * by themselves (requests queue while a batch is being written); with one station at a time each batch is
 * a single request and nothing waits for company.
 * <p>
 * The database still decides everything that must hold nationwide: the issuance table's key (one issuance
 * per voter, whatever instance or batch), the key table's key (one answer per Idempotency-Key). A batch
 * that fails as a whole (a deadlock with another instance, retried) or because of one request (then
 * written one by one, so that only that request fails) never commits half.
 */
@Component
class IssuanceWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IssuanceWriter.class);

    /** Two: one batch can be executing while the other waits for its commit to be flushed. */
    static final int WRITERS = 2;
    static final int MAX_BATCH = 64;
    private static final int ATTEMPTS = 3;
    private static final long ANSWER_TIMEOUT_SECONDS = 60;

    private final Issuances issuances;
    private final IdempotencyKeys keys;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    IssuanceWriter(Issuances issuances, IdempotencyKeys keys, AuditLog audit, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions) {
        this.issuances = issuances;
        this.keys = keys;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One issuance request, with the audit actor taken on the request's thread. */
    record Request(Issuances.ToWrite write, AuditLog.Actor actor) {
    }

    /** What writing a request did. */
    sealed interface Written {
        /** Key claimed, issuance and signature recorded. */
        record Issued() implements Written {
        }

        /** The voter had an issuance already (this one): the key is settled as ALREADY_ISSUED. */
        record VoterHasIssuance(Issuance existing) implements Written {
        }

        /** The Idempotency-Key was used by a committed request before: nothing written. */
        record KeyUsedBefore() implements Written {
        }
    }

    /** Writes the request with the next batch and answers once that batch committed. */
    Written write(Request request) {
        Queued queued = new Queued(request, new CompletableFuture<>());
        queue.add(queued);
        if (!running && queue.remove(queued)) {
            writeBatch(List.of(queued)); // not started yet, or stopping: written on the caller's thread
        }
        try {
            return queued.answer().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the issuance was written", e);
        } catch (TimeoutException e) {
            // The batch may still commit: a retry with the same Idempotency-Key then gets its answer.
            throw new IllegalStateException("the issuance was not written within " + ANSWER_TIMEOUT_SECONDS + " s", e);
        }
    }

    private void writeLoop() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("The issuance writer failed outside a batch", e);
                batch.forEach(q -> q.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Writes the batch in one transaction, again after a deadlock or serialization failure; when it fails
     * otherwise, writes its requests one by one so that the failure reaches only the request that caused it.
     */
    private void writeBatch(List<Queued> batch) {
        try {
            List<Written> written = writeWithRetries(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(written.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().answer().completeExceptionally(e);
            } else {
                batch.forEach(q -> writeBatch(List.of(q)));
            }
        }
    }

    private List<Written> writeWithRetries(List<Queued> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> writeInTransaction(batch));
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Issuance batch of {} retried after {}", batch.size(), e.getClass().getSimpleName());
            }
        }
    }

    private List<Written> writeInTransaction(List<Queued> batch) {
        List<Issuances.Claim> claims = issuances.claimAndInsertAll(batch.stream().map(q -> q.request().write()).toList());
        List<Written> written = new ArrayList<>(batch.size());
        List<AuditLog.Entry> entries = new ArrayList<>(batch.size());
        List<BallotIssued> issued = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Request request = batch.get(i).request();
            Issuances.ToWrite write = request.write();
            Issuance issuance = write.issuance();
            String station = issuance.station().value();
            switch (claims.get(i)) {
                case ISSUED -> {
                    entries.add(new AuditLog.Entry(request.actor(), EarlyVotingAuditEvent.BALLOTS_ISSUED,
                            issuance.id().toString(), AuditOutcome.SUCCESS,
                            Map.of("station", station, "inDistrict", Boolean.toString(issuance.inDistrict()),
                                    "contests", Integer.toString(issuance.contests().size()))));
                    issued.add(new BallotIssued(issuance.election(), issuance.station(), issuance.voterEmdCode(),
                            AreaCode.sggOf(issuance.voterEmdCode()), issuance.inDistrict(), issuance.issuedAt()));
                    written.add(new Written.Issued());
                }
                case VOTER_HAS_ISSUANCE -> {
                    Issuance existing = issuances.ofVoter(issuance.election(), write.voterKey()).orElseThrow();
                    keys.settle(issuance.station(), write.idempotencyKey(), "ALREADY_ISSUED", existing.id());
                    entries.add(new AuditLog.Entry(request.actor(), EarlyVotingAuditEvent.ISSUANCE_REFUSED_ALREADY_ISSUED,
                            issuance.identificationId().toString(), AuditOutcome.DENIED, Map.of("station", station)));
                    written.add(new Written.VoterHasIssuance(existing));
                }
                case KEY_USED_BEFORE -> written.add(new Written.KeyUsedBefore());
            }
        }
        audit.recordAll(entries);
        if (!issued.isEmpty()) {
            events.publishEvent(new BallotsIssued(issued));
        }
        return written;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 1; i <= WRITERS; i++) {
            writers.add(Thread.ofPlatform().daemon().name("issuance-writer-" + i).start(this::writeLoop));
        }
    }

    /** Lets the writers finish what is queued, then stops them. */
    @Override
    public void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        writers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Queued(Request request, CompletableFuture<Written> answer) {
    }
}
