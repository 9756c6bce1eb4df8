package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One data row, its fields found by column name. The typed getters record an error for the cell and
 * return null when it is missing or malformed, so that one pass finds every bad cell of the row.
 */
public final class CsvRow {

    private final long line;
    private final Map<String, Integer> positions;
    private final List<String> fields;
    private final ImportIssues issues;

    CsvRow(long line, Map<String, Integer> positions, List<String> fields, ImportIssues issues) {
        this.line = line;
        this.positions = positions;
        this.fields = fields;
        this.issues = issues;
    }

    public long line() {
        return line;
    }

    /** The trimmed value, or null when empty. */
    public String optional(String column) {
        String value = fields.get(positions.get(column)).strip();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = optional(column);
        if (value == null) {
            error(column, "REQUIRED");
        }
        return value;
    }

    public String digits(String column, int length) {
        String value = required(column);
        if (value != null && !allDigits(value, length)) {
            error(column, "DIGITS", String.valueOf(length));
            return null;
        }
        return value;
    }

    static boolean allDigits(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public LocalDate date(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, "INVALID_DATE"); // the value is not echoed: it may be a birth date
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(column, "INVALID_CHOICE", value.length() > 30 ? value.substring(0, 30) : value,
                    String.join("|", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    /** Errors recorded so far in the whole file (to tell whether this row added any). */
    public int errorCount() {
        return issues.errorCount();
    }

    public void error(String column, String code, String... args) {
        issues.error(line, column, code, args);
    }

    public void warning(String column, String code, String... args) {
        issues.warning(line, column, code, args);
    }
}
