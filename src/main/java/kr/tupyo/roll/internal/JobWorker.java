package kr.tupyo.roll.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the module's background jobs on one thread of its own, so that a national compilation never
 * holds a request thread. It claims a job from the database (so only one instance runs it), beats a
 * heartbeat while the job runs, and looks for work when woken ({@link #wake()}) or every two seconds.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final RollJobs jobs;
    private final Map<JobKind, JobHandler> handlers;
    private final Object signal = new Object();
    private volatile boolean running;
    private Thread thread;
    private ScheduledExecutorService heartbeats;

    JobWorker(RollJobs jobs, List<JobHandler> handlers) {
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    /** Looks for work now (after a job was enqueued). */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("roll-heartbeat").factory());
        thread = Thread.ofPlatform().daemon().name("roll-jobs").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                Optional<RollJob> job = jobs.claim();
                if (job.isPresent()) {
                    run(job.get());
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("roll job queue unavailable: {}", e.toString());
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

    private void run(RollJob job) {
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                jobs.heartbeat(job.id());
            } catch (RuntimeException e) {
                log.warn("heartbeat of job {} failed: {}", job.id(), e.toString());
            }
        }, 20, 20, TimeUnit.SECONDS);
        try {
            JobHandler.Outcome outcome = handlers.get(job.kind()).run(job, (percent, step) -> jobs.progress(job.id(), percent, step));
            if (outcome.succeeded()) {
                jobs.succeeded(job.id(), outcome.message(), outcome.resultFile());
            } else {
                jobs.failed(job.id(), outcome.message());
            }
        } catch (RuntimeException e) {
            log.error("roll job {} ({}) failed", job.id(), job.kind(), e);
            jobs.failed(job.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            beat.cancel(false);
        }
    }
}
