package kr.tupyo.roll.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.platform.JobLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the voters list's background jobs (compilation, finalisation, list exports) on the platform's {@link JobLoop}:
 * picks the handler for the job's kind and records how it ended.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final RollJobs jobs;
    private final Map<JobKind, JobHandler> handlers;
    private final JobLoop<RollJob> loop;

    JobWorker(RollJobs jobs, List<JobHandler> handlers) {
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.loop = new JobLoop<>("roll-jobs", new JobLoop.Queue<>() {
            @Override
            public Optional<RollJob> claim() {
                return jobs.claim();
            }

            @Override
            public void heartbeat(RollJob job) {
                jobs.heartbeat(job.id());
            }
        }, this::run);
    }

    /** Looks for work now (after a job was enqueued). */
    void wake() {
        loop.wake();
    }

    /** Looks for work once the current transaction (which enqueued a job) has committed. */
    void wakeAfterCommit() {
        loop.wakeAfterCommit();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    private void run(RollJob job) {
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
        }
    }
}
