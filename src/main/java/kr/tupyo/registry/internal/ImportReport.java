package kr.tupyo.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to one file. Errors and warnings are listed in full up to
 * {@link ImportIssues#LIMIT} each; the counts are always complete. {@code step} is null until a step
 * after the reading starts (change events: {@code APPLYING}, {@code stepDone} of {@code stepTotal}).
 */
public record ImportReport(UUID id, ImportKind kind, String fileName, String sha256, long fileBytes,
                           ImportStatus status, Long linesTotal, long rowsProcessed, long rowsStored,
                           int errorCount, int warningCount, List<ImportIssue> errors, List<ImportIssue> warnings,
                           ImportStep step, long stepDone, long stepTotal,
                           LocalDate effectiveDate, String startedBy, Instant startedAt, Instant finishedAt) {

    public boolean accepted() {
        return status == ImportStatus.ACCEPTED;
    }

    /**
     * Rough share done, 0–100, for the progress bar: the kind's share of the bar for reading the rows,
     * the rest for the step after it; 100 only once finished.
     */
    public int percent() {
        if (status != ImportStatus.RUNNING) {
            return 100;
        }
        int reading = kind.readingShare();
        if (step != null) {
            long stepPercent = stepTotal <= 0 ? 100 : Math.min(100, stepDone * 100 / stepTotal);
            return (int) Math.min(99, reading + stepPercent * (100 - reading) / 100);
        }
        if (linesTotal == null || linesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, Math.min(100, rowsProcessed * 100 / linesTotal) * reading / 100);
    }
}
