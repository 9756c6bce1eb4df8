package kr.tupyo.roll.web;

import java.time.Instant;
import kr.tupyo.roll.internal.RollJob;

/** A background job's state for {@code GET /api/v1/jobs/{id}} and the progress bar. */
record JobView(String id, String election, String kind, String status, int progress, String step, String message,
               boolean finished, String resultUrl, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static JobView of(RollJob job) {
        return new JobView(job.id().toString(), job.election().toString(), job.kind().name(), job.status().name(),
                job.progress(), job.step(), job.message(), job.status().finished(),
                job.hasResult() ? "/api/v1/jobs/" + job.id() + "/result" : null, job.createdAt(), job.startedAt(),
                job.finishedAt());
    }
}
