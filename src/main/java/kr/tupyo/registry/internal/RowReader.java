package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import kr.tupyo.platform.CsvLine;

/**
 * Reads one file for one import: checks the header (missing, extra and repeated columns), splits each
 * line, and hands well-formed rows to the import's run. Every problem is recorded; reading goes on to
 * the end so that the report lists all of them.
 */
final class RowReader {

    record Result(long rows, long stored) {
    }

    private final TabularImport kind;
    private final ImportContext context;
    private final LongConsumer progress;

    RowReader(TabularImport kind, ImportContext context, LongConsumer progress) {
        this.kind = kind;
        this.context = context;
        this.progress = progress;
    }

    Result read(UploadedFile file) {
        ImportIssues issues = context.issues();
        try (Utf8Lines lines = new Utf8Lines(file.open())) {
            Utf8Lines.Line header = lines.next();
            if (header == null) {
                issues.error(1, null, "EMPTY_FILE");
                return new Result(0, 0);
            }
            Map<String, Integer> positions = header(header, issues);
            if (positions == null) {
                return new Result(0, 0);
            }
            TabularImport.Run run = kind.start(context);
            long rows = 0;
            try {
                for (Utf8Lines.Line line; (line = lines.next()) != null; ) {
                    rows++;
                    row(line, positions, run);
                    if (rows % ImportRunner.PROGRESS_EVERY == 0) {
                        progress.accept(rows);
                    }
                }
            } finally {
                progress.accept(rows);
            }
            long stored = run.finish();
            if (rows == 0 && kind.requiresRows()) {
                issues.error(2, null, "NO_ROWS");
            }
            return new Result(rows, issues.hasErrors() ? 0 : stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(Utf8Lines.Line line, Map<String, Integer> positions, TabularImport.Run run) {
        ImportIssues issues = context.issues();
        if (line.text() == null) {
            issues.error(line.number(), null, "NOT_UTF8");
            return;
        }
        if (line.text().isBlank()) {
            issues.error(line.number(), null, "BLANK_LINE");
            return;
        }
        Optional<List<String>> fields = CsvLine.split(line.text());
        if (fields.isEmpty()) {
            issues.error(line.number(), null, "MALFORMED_CSV");
        } else if (fields.get().size() != positions.size()) {
            issues.error(line.number(), null, "FIELD_COUNT", String.valueOf(positions.size()),
                    String.valueOf(fields.get().size()));
        } else {
            run.row(new CsvRow(line.number(), positions, fields.get(), issues));
        }
    }

    private Map<String, Integer> header(Utf8Lines.Line header, ImportIssues issues) {
        if (header.text() == null) {
            issues.error(1, null, "NOT_UTF8");
            return null;
        }
        Optional<List<String>> names = CsvLine.split(header.text());
        if (names.isEmpty()) {
            issues.error(1, null, "MALFORMED_CSV");
            return null;
        }
        Map<String, Integer> positions = new HashMap<>();
        Set<String> expected = new HashSet<>(kind.columns());
        for (int i = 0; i < names.get().size(); i++) {
            String name = names.get().get(i).strip();
            if (!expected.contains(name)) {
                issues.error(1, name, "UNEXPECTED_COLUMN");
            } else if (positions.putIfAbsent(name, i) != null) {
                issues.error(1, name, "REPEATED_COLUMN");
            }
        }
        kind.columns().stream().filter(c -> !positions.containsKey(c))
                .forEach(c -> issues.error(1, c, "MISSING_COLUMN"));
        return issues.hasErrors() ? null : positions;
    }
}
