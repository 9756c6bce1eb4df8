package kr.tupyo.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A background job as {@code GET /api/v1/jobs/{id}} shows it, whichever module runs it.
 *
 * @param election     the election the job works on
 * @param kind         what it does, e.g. {@code COMPILE}, {@code FINALISE}, {@code MARKED_LISTS}
 * @param status       {@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param progress     0-100
 * @param hasResult    a file can be downloaded at {@code /api/v1/jobs/{id}/result}
 * @param resultRoles  the roles that may download that file (those that may start such a job)
 */
public record JobStatus(UUID id, UUID election, String kind, String status, int progress, String step, String message,
                        boolean hasResult, Set<String> resultRoles, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {

    public JobStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        resultRoles = Set.copyOf(resultRoles);
    }

    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }
}
