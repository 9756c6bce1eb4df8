package kr.tupyo.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The rows of a page for one statement, passed column by column: each column is one typed
 * {@link java.sql.Array} bound to a named parameter, so that a single statement writes every row with
 * {@code unnest(:a::bigint[], :b::date[]) AS v(a, b)} (arrays of equal length unnest side by side, one
 * row per index, in the order of the rows). A null value is a NULL element.
 */
final class PageColumns<T> {

    private final Connection connection;
    private final List<T> rows;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private PageColumns(Connection connection, Collection<T> rows) {
        this.connection = connection;
        this.rows = List.copyOf(rows);
    }

    static <T> PageColumns<T> of(Connection connection, Collection<T> rows) {
        return new PageColumns<>(connection, rows);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    PageColumns<T> bigint(String name, ToLongFunction<T> column) {
        return array(name, "bigint", rows.stream().map(row -> column.applyAsLong(row)).toArray(Long[]::new));
    }

    PageColumns<T> text(String name, Function<T, String> column) {
        return array(name, "text", rows.stream().map(column).toArray(String[]::new));
    }

    /** PgJDBC has no binary form for dates: they go as ISO text, which the server reads whatever its DateStyle. */
    PageColumns<T> date(String name, Function<T, LocalDate> column) {
        return array(name, "date", rows.stream().map(column)
                .map(date -> date == null ? null : date.toString()).toArray(String[]::new));
    }

    PageColumns<T> bytea(String name, Function<T, byte[]> column) {
        return array(name, "bytea", rows.stream().map(column).toArray(byte[][]::new));
    }

    /** A parameter that is the same for every row (not an array). */
    PageColumns<T> value(String name, Object value) {
        params.put(name, value);
        return this;
    }

    Map<String, Object> params() {
        return params;
    }

    private PageColumns<T> array(String name, String type, Object[] values) {
        try {
            params.put(name, connection.createArrayOf(type, values));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot pass " + name + " as an array of " + type, e);
        }
        return this;
    }
}
