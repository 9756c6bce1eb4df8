package kr.tupyo.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to one file. Errors and warnings are listed in full up to
 * {@link ImportIssues#LIMIT} each; the counts are always complete.
 */
public record ImportReport(UUID id, ImportKind kind, String fileName, String sha256, long fileBytes,
                           ImportStatus status, Long linesTotal, long rowsProcessed, long rowsStored,
                           int errorCount, int warningCount, List<ImportIssue> errors, List<ImportIssue> warnings,
                           LocalDate effectiveDate, String startedBy, Instant startedAt, Instant finishedAt) {

    public boolean accepted() {
        return status == ImportStatus.ACCEPTED;
    }

    /** Rough share done, 0–100, for the progress bar. */
    public int percent() {
        if (status != ImportStatus.RUNNING) {
            return 100;
        }
        if (linesTotal == null || linesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, rowsProcessed * 100 / linesTotal);
    }
}
