package kr.tupyo.roll.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts the values of named parameters ({@code :name}) into a statement as literals, for the one kind of
 * statement that cannot take bind parameters: a query inside {@code COPY (...) TO STDOUT}. Only the types
 * the compilation passes are accepted, strings are escaped by the driver's own literal escaping, and a name
 * without a value is refused rather than left in.
 */
final class SqlLiterals {

    /** {@code :name}, but not the second colon of a cast ({@code ::integer}) nor anything in a quoted string. */
    private static final Pattern PARAMETER = Pattern.compile("'(?:[^']|'')*'|\"[^\"]*\"|(?<![:\\w]):([a-z_]+)\\b");

    private SqlLiterals() {
    }

    static String inline(String sql, Map<String, Object> values) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        while (m.find()) {
            String name = m.group(1);
            if (name == null) { // a quoted string or name: as it is
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal(values.get(name))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String literal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case LocalDate d -> "DATE '" + d + "'";
            case UUID u -> "'" + u + "'::uuid";
            case String s -> text(s) + "::text";
            case String[] a -> Arrays.stream(a).map(SqlLiterals::text).collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
            default -> throw new IllegalArgumentException("no literal for a " + value.getClass().getName());
        };
    }

    private static String text(String s) {
        try {
            return "'" + org.postgresql.core.Utils.escapeLiteral(null, s, true) + "'";
        } catch (java.sql.SQLException e) {
            throw new IllegalArgumentException("not a literal: a NUL character", e);
        }
    }
}
