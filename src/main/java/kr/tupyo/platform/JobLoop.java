package kr.tupyo.platform;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine of a module's background jobs, owned by the database: one thread of its own claims a job
 * from the module's queue (a claim the database grants to one instance only), beats the job's heartbeat
 * every 20 s while it runs, and looks for work when woken or every two seconds. The module keeps its
 * own job table and what a job does; a national compilation never holds a request thread.
 */
public final class JobLoop<J> {

    /** Where the jobs come from: a claim is exclusive across instances; a heartbeat keeps it. */
    public interface Queue<J> {
        Optional<J> claim();

        void heartbeat(J job);
    }

    private static final Logger log = LoggerFactory.getLogger(JobLoop.class);

    private final String name;
    private final Queue<J> queue;
    private final Consumer<J> runner;
    private final Object signal = new Object();
    private volatile boolean running;
    private ScheduledExecutorService heartbeats;

    public JobLoop(String name, Queue<J> queue, Consumer<J> runner) {
        this.name = name;
        this.queue = queue;
        this.runner = runner;
    }

    /** Looks for work now. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Looks for work once the current transaction (which enqueued a job) has committed. */
    public void wakeAfterCommit() {
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

    public void start() {
        running = true;
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name + "-heartbeat").factory());
        Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    public void stop() {
        running = false;
        wake();
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                Optional<J> job = queue.claim();
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
                queue.heartbeat(job);
            } catch (RuntimeException e) {
                log.warn("heartbeat of {} job {} failed: {}", name, job, e.toString());
            }
        }, 20, 20, TimeUnit.SECONDS);
        try {
            runner.accept(job);
        } finally {
            beat.cancel(false);
        }
    }
}
