package kr.tupyo.platform;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine of a module's background jobs, owned by the database: one thread of its own claims a job
 * from the module's queue (a claim the database grants to one instance only), beats the job's heartbeat
 * every 20 s while it runs, and looks for work when woken or every two seconds. The module keeps its
 * own job table and what a job does (a worker component extending this class, which Spring starts
 * and stops with the context); a national compilation never holds a request thread.
 * <p>
 * Stopping lets a job already claimed run to its end (a claim made just as the loop stops included: it is
 * not left RUNNING for the next instance to take over only once its heartbeat is stale); a loop started
 * again (Spring's test contexts pause and restart) does not leave the old thread looping beside the new one.
 */
public abstract class JobLoop<J> implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLoop.class);

    private final String name;
    private final Object signal = new Object();
    private volatile boolean running;
    /** Which start the current loop thread belongs to: an older thread ends once its job has. */
    private volatile int generation;
    /** Lives as long as the bean, not one start: a job claimed while stopping still gets its heartbeat. */
    private final ScheduledExecutorService heartbeats;

    /** @param name of the loop's thread (and of its heartbeat thread) */
    protected JobLoop(String name) {
        this.name = name;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name + "-heartbeat").factory());
    }

    /** A job from the module's queue, if one waits: the claim is exclusive across instances. */
    protected abstract Optional<J> claim();

    /** Keeps the claim on a running job (called every 20 s). */
    protected abstract void heartbeat(J job);

    /** Does the job and records how it ended. */
    protected abstract void run(J job);

    /** Looks for work now. */
    public final void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Looks for work once the current transaction (which enqueued a job) has committed. */
    public final void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Override
    public final synchronized void start() {
        running = true;
        int mine = ++generation;
        Thread.ofPlatform().daemon().name(name).start(() -> loop(mine));
    }

    @Override
    public final void stop() {
        running = false;
        wake();
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    private void loop(int mine) {
        while (running && generation == mine) {
            try {
                Optional<J> job = claim();
                if (job.isPresent()) {
                    runWithHeartbeat(job.get());
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("{} queue unavailable: {}", name, e.toString());
            }
            synchronized (signal) {
                try {
                    signal.wait(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void runWithHeartbeat(J job) {
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                heartbeat(job);
            } catch (RuntimeException e) {
                log.warn("heartbeat of {} job {} failed: {}", name, job, e.toString());
            }
        }, 20, 20, TimeUnit.SECONDS);
        try {
            run(job);
        } finally {
            beat.cancel(false);
        }
    }
}
