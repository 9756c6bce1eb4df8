package kr.tupyo.earlyvoting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs requests from many threads in batches (decision 123): group commit for writes, one statement for
 * many look-ups for reads. Requests wait in a queue; each worker thread takes whatever has queued up (at
 * most {@code maxBatch}) and runs it with the given function, inside the given transaction template: a
 * transaction per batch for writes, none for reads ({@code PROPAGATION_NOT_SUPPORTED}). A request is
 * answered only after its batch ran (for writes: committed). Under load batches grow by themselves
 * (requests queue while a batch runs); with one request at a time each batch is that request, and nothing
 * waits for company.
 * <p>
 * Everything that must hold across instances stays with the database: the function's statements must
 * guard it as they would for one request. A batch never commits half: one that fails with a deadlock or
 * serialization failure (another instance's batch) is run again; one that fails otherwise is run again
 * request by request, so that the failure reaches only the request that caused it.
 *
 * @param <R> a request
 * @param <A> the answer to one request
 */
final class Batcher<R, A> {

    private static final Logger log = LoggerFactory.getLogger(Batcher.class);
    private static final int ATTEMPTS = 3;
    private static final long ANSWER_TIMEOUT_SECONDS = 60;

    private final String name;
    private final int workers;
    private final int maxBatch;
    private final TransactionTemplate transaction;
    private final Function<List<R>, List<A>> runAll;
    private final BlockingQueue<Queued<R, A>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param runAll runs the requests (in the template's transaction, if any) and answers each, in the list's order
     */
    Batcher(String name, int workers, int maxBatch, TransactionTemplate transaction, Function<List<R>, List<A>> runAll) {
        this.name = name;
        this.workers = workers;
        this.maxBatch = maxBatch;
        this.transaction = transaction;
        this.runAll = runAll;
    }

    /** Runs the request with the next batch and answers once that batch ran (for writes: committed). */
    A process(R request) {
        Queued<R, A> queued = new Queued<>(request, new CompletableFuture<>());
        queue.add(queued);
        if (!running && queue.remove(queued)) {
            runBatch(List.of(queued)); // not started yet, or stopping: run on the caller's thread
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
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (TimeoutException e) {
            // The batch may still commit; what is written is idempotent for a retry of the request.
            throw new IllegalStateException(name + " did not answer within " + ANSWER_TIMEOUT_SECONDS + " s", e);
        }
    }

    void start() {
        running = true;
        for (int i = 1; i <= workers; i++) {
            threads.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::workLoop));
        }
    }

    /** Lets the workers finish what is queued, then stops them. */
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    boolean isRunning() {
        return running;
    }

    private void workLoop() {
        List<Queued<R, A>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Queued<R, A> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("{} failed outside a batch", name, e);
                batch.forEach(q -> q.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Queued<R, A>> batch) {
        try {
            List<A> answers = runWithRetries(batch.stream().map(Queued::request).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(name + " answered " + answers.size() + " of " + batch.size() + " requests");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().answer().completeExceptionally(e);
            } else {
                batch.forEach(q -> runBatch(List.of(q)));
            }
        }
    }

    private List<A> runWithRetries(List<R> requests) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> runAll.apply(requests));
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("{}: a batch of {} written again after {}", name, requests.size(), e.getClass().getSimpleName());
            }
        }
    }

    private record Queued<R, A>(R request, CompletableFuture<A> answer) {
    }
}
