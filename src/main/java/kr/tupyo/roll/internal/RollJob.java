package kr.tupyo.roll.internal;

import java.time.Instant;
import java.util.UUID;
import kr.tupyo.election.ElectionId;

/** A background job and its progress, as {@code GET /api/v1/jobs/{id}} shows it. */
public record RollJob(UUID id, ElectionId election, JobKind kind, String parameter, JobStatus status, int progress,
                      String step, String message, boolean hasResult, String requestedBy, Instant createdAt,
                      Instant startedAt, Instant finishedAt) {
}
