package kr.tupyo.roll.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.tupyo.platform.JobFailure;
import kr.tupyo.platform.JobLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the voters list's background jobs (compilation, finalisation, list exports) on the platform's {@link JobLoop}:
 * picks the handler for the job's kind and records how it ended.
 */
@Component
class JobWorker extends JobLoop<RollJob> {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final RollJobs jobs;
    private final Map<JobKind, JobHandler> handlers;

    JobWorker(RollJobs jobs, List<JobHandler> handlers) {
        super("roll-jobs");
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    @Override
    protected Optional<RollJob> claim() {
        return jobs.claim();
    }

    @Override
    protected void heartbeat(RollJob job) {
        jobs.heartbeat(job.id());
    }

    @Override
    protected void run(RollJob job) {
        try {
            JobHandler.Outcome outcome = handlers.get(job.kind()).run(job, (percent, step) -> jobs.progress(job.id(), percent, step));
            if (outcome.succeeded()) {
                jobs.succeeded(job.id(), outcome.message(), outcome.resultFile());
            } else {
                jobs.failed(job.id(), outcome.message());
            }
        } catch (RuntimeException e) {
            log.error("roll job {} ({}) failed", job.id(), job.kind(), e);
            jobs.failed(job.id(), JobFailure.message(e));
        }
    }
}
