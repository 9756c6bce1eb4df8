package kr.tupyo.earlyvoting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The batcher of decision 123 without a database: answers in order, retries, isolation of a failure. */
class BatcherTest {

    private final Transactions transactions = new Transactions();

    @Test
    void manyThreadsGetTheirOwnAnswersAndLoadMakesBatchesOfSeveral() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        Batcher<Integer, String> batcher = batcher(batch -> {
            sizes.add(batch.size());
            sleep(5); // a batch takes a while: others queue meanwhile
            return batch.stream().map(i -> "answer " + i).toList();
        });
        batcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int request = i;
                answers.add(pool.submit(() -> batcher.process(request)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo("answer " + i);
            }
        } finally {
            pool.shutdownNow();
            batcher.stop();
        }
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
        assertThat(Collections.max(sizes)).as("requests queued while a batch ran went together").isGreaterThan(1)
                .isLessThanOrEqualTo(8);
        assertThat(transactions.commits.get()).isEqualTo(sizes.size());
    }

    @Test
    void aBatchThatFailsBecauseOfOneRequestIsRunAgainOneByOneAndOnlyThatRequestFails() {
        Batcher<Integer, String> batcher = batcher(batch -> {
            if (batch.contains(13)) {
                throw new IllegalArgumentException("13 is bad");
            }
            return batch.stream().map(i -> "answer " + i).toList();
        });
        // Not started: each request runs on its caller's thread, so this runs the failing one alone.
        assertThatThrownBy(() -> batcher.process(13)).isInstanceOf(IllegalArgumentException.class);
        assertThat(batcher.process(12)).isEqualTo("answer 12");
        assertThat(transactions.rollbacks.get()).isEqualTo(1);
    }

    @Test
    void aBatchThatLosesADeadlockIsRunAgainInANewTransaction() {
        AtomicInteger attempts = new AtomicInteger();
        Batcher<Integer, String> batcher = batcher(batch -> {
            if (attempts.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("deadlock detected");
            }
            return batch.stream().map(i -> "answer " + i).toList();
        });
        assertThat(batcher.process(7)).isEqualTo("answer 7");
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(transactions.rollbacks.get()).isEqualTo(1);
        assertThat(transactions.commits.get()).isEqualTo(1);
    }

    @Test
    void aBatchWhoseAnswersDoNotMatchItsRequestsFailsInsteadOfMixingThemUp() {
        Batcher<Integer, String> batcher = batcher(batch -> List.of());
        assertThatThrownBy(() -> batcher.process(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("answered 0 of 1");
    }

    private Batcher<Integer, String> batcher(Function<List<Integer>, List<String>> run) {
        return new Batcher<>("test", 2, 8, new TransactionTemplate(transactions), run);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts commits and rollbacks; no resource. */
    private static final class Transactions extends AbstractPlatformTransactionManager {
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    }
}
