package kr.tupyo.registry.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 읍면동 codes of every division version (a version has about 3,500 codes; there are few
 * versions), loaded once before an import's COPY starts, so rows are checked without a query each.
 */
final class EmdCodes {

    private final TreeMap<LocalDate, Set<String>> versions = new TreeMap<>();

    EmdCodes(JdbcClient jdbc) {
        jdbc.sql("SELECT effective_date, emd_code FROM divisions").query(rs -> {
            versions.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new HashSet<>()).add(rs.getString(2));
        });
    }

    /** The codes in force on the date, or empty when no division table is in force. */
    Optional<Set<String>> on(LocalDate date) {
        return Optional.ofNullable(versions.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** Checks the column against the table in force on the date; records an error when unknown. */
    void check(CsvRow row, String column, String code, LocalDate date) {
        if (code == null || date == null) {
            return;
        }
        Optional<Set<String>> codes = on(date);
        if (codes.isEmpty()) {
            row.error(column, "NO_DIVISION_TABLE", date.toString());
        } else if (!codes.get().contains(code)) {
            row.error(column, "UNKNOWN_EMD", code, date.toString());
        }
    }
}
