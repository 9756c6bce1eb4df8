package kr.tupyo.earlyvoting.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the {@link Batcher}s of early voting (decision 123) and starts and stops their workers with the
 * application: started once every bean exists, stopped (after finishing what is queued) before the
 * database pool closes.
 */
@Component
class Batchers implements SmartLifecycle {

    /** Two per kind: one batch can run while the other waits for its commit to be flushed. */
    static final int WORKERS = 2;
    static final int MAX_BATCH = 64;

    private final PlatformTransactionManager transactions;
    private final List<Batcher<?, ?>> all = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    Batchers(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Writes: one transaction per batch. */
    <R, A> Batcher<R, A> writes(String name, Function<List<R>, List<A>> runAll) {
        return add(new Batcher<>(name, WORKERS, MAX_BATCH, new TransactionTemplate(transactions), runAll));
    }

    /** Reads: one statement per batch, without a transaction (as each read ran before). */
    <R, A> Batcher<R, A> reads(String name, Function<List<R>, List<A>> runAll) {
        TransactionTemplate none = new TransactionTemplate(transactions);
        none.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return add(new Batcher<>(name, WORKERS, MAX_BATCH, none, runAll));
    }

    private synchronized <R, A> Batcher<R, A> add(Batcher<R, A> batcher) {
        all.add(batcher);
        if (running) {
            batcher.start();
        }
        return batcher;
    }

    @Override
    public synchronized void start() {
        running = true;
        all.forEach(Batcher::start);
    }

    @Override
    public synchronized void stop() {
        running = false;
        all.forEach(Batcher::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
