package kr.tupyo.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.registry.internal.ImportIssue;
import kr.tupyo.registry.internal.ImportReport;
import org.springframework.context.MessageSource;

/** An import report as the API and the page show it: issues with a message in the caller's language. */
record ImportView(UUID id, String kind, String fileName, String sha256, long fileBytes, String status,
                  Long linesTotal, long rowsProcessed, long rowsStored,
                  @Schema(description = "Share done, 0–100 (100 once finished); for change events, reading the "
                          + "rows takes the first 10 and applying the events the rest") int percent,
                  @Schema(description = "The step after the reading of the rows, or null before it (and for kinds "
                          + "without one): APPLYING while change events are applied, STORING while a full extract is stored",
                          allowableValues = {"APPLYING", "STORING"}, nullable = true) String step,
                  @Schema(description = "How far the step has come: events applied (or refused), or stages of the "
                          + "store done") long stepDone,
                  @Schema(description = "Where the step ends: every event staged, or the store's 5 stages") long stepTotal,
                  int errorCount, int warningCount, List<Issue> errors, List<Issue> warnings, LocalDate effectiveDate,
                  String startedBy, Instant startedAt, Instant finishedAt) {

    record Issue(long line, String column, String code, String message) {
    }

    static ImportView of(ImportReport r, MessageSource messages, Locale locale) {
        return new ImportView(r.id(), r.kind().name(), r.fileName(), r.sha256(), r.fileBytes(), r.status().name(),
                r.linesTotal(), r.rowsProcessed(), r.rowsStored(), r.percent(),
                r.step() == null ? null : r.step().name(), r.stepDone(), r.stepTotal(), r.errorCount(), r.warningCount(),
                issues(r.errors(), messages, locale), issues(r.warnings(), messages, locale), r.effectiveDate(),
                r.startedBy(), r.startedAt(), r.finishedAt());
    }

    static List<Issue> issues(List<ImportIssue> issues, MessageSource messages, Locale locale) {
        return issues.stream().map(i -> new Issue(i.line(), i.column(), i.code(),
                messages.getMessage("registry.issue." + i.code(), i.args().toArray(), i.code(), locale))).toList();
    }

    /** Without the issue lists, for listings. */
    ImportView summary() {
        return new ImportView(id, kind, fileName, sha256, fileBytes, status, linesTotal, rowsProcessed, rowsStored,
                percent, step, stepDone, stepTotal, errorCount, warningCount, List.of(), List.of(), effectiveDate, startedBy, startedAt,
                finishedAt);
    }
}
