package kr.tupyo.platform;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.springframework.core.NestedExceptionUtils;

/**
 * The message a background job records when it fails, shown on its page and by {@code GET /api/v1/jobs/{id}}:
 * the words of the most specific cause, so that PostgreSQL's reason ("type … already exists") is not lost behind
 * Spring's "bad SQL grammar [CREATE TABLE …]". Everyone who follows jobs reads it, so it carries no personal
 * data: of a PostgreSQL error only the primary message with its SQLSTATE, never DETAIL (which echoes the values
 * of a violated key, e.g. an RRN's lookup hash), the statement or its parameters; on one line, and short. The
 * whole exception goes to the log.
 */
public final class JobFailure {

    /** Enough for PostgreSQL's primary message with two quoted identifiers of 63 characters. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private JobFailure() {
    }

    public static String message(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String words = cause instanceof SQLException sql ? words(sql) : firstLine(cause.getMessage());
        String message = cause.getClass().getSimpleName() + (words.isEmpty() ? "" : ": " + words);
        return message.length() <= MAX_LENGTH ? message : message.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String words(SQLException e) {
        // A batch's own message repeats the failed statement with its parameters filled in; the driver gives the
        // server's error as its cause (taken above) or as the next exception.
        if (e instanceof BatchUpdateException batch) {
            return batch.getNextException() != null ? words(batch.getNextException()) : sqlState(e);
        }
        String primary = e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : null;
        boolean fromServer = primary != null;
        String words = firstLine(fromServer ? primary : e.getMessage());
        if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
            // A data exception is about a value, and its message quotes it ('invalid input syntax for type
            // date: "…"'); the driver's own (conversions) does not even quote it.
            words = fromServer ? QUOTED.matcher(words).replaceAll("\"…\"") : "a value was not accepted";
        }
        String state = sqlState(e);
        return state.isEmpty() ? words : words + " " + state;
    }

    private static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "" : "[SQLSTATE " + e.getSQLState() + "]";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
