package kr.tupyo.registry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings found so far. Every one is counted; the first {@link #LIMIT} of each are kept
 * with line and column, so that a file with millions of bad rows cannot exhaust memory.
 */
public final class ImportIssues {

    public static final int LIMIT = 10_000;

    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private int errorCount;
    private int warningCount;

    public synchronized void error(long line, String column, String code, String... args) {
        errorCount++;
        if (errors.size() < LIMIT) {
            errors.add(new ImportIssue(line, column, code, List.of(args)));
        }
    }

    public synchronized void warning(long line, String column, String code, String... args) {
        warningCount++;
        if (warnings.size() < LIMIT) {
            warnings.add(new ImportIssue(line, column, code, List.of(args)));
        }
    }

    /** Counts errors found by a set-based check beyond those it listed. */
    public synchronized void errorsNotListed(int count) {
        errorCount += count;
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    public synchronized int errorCount() {
        return errorCount;
    }

    public synchronized int warningCount() {
        return warningCount;
    }

    /** Sorted by line, so that set-based findings (duplicates) sit among the row findings. */
    public synchronized List<ImportIssue> errors() {
        return errors.stream().sorted(java.util.Comparator.comparingLong(ImportIssue::line)).toList();
    }

    public synchronized List<ImportIssue> warnings() {
        return warnings.stream().sorted(java.util.Comparator.comparingLong(ImportIssue::line)).toList();
    }
}
