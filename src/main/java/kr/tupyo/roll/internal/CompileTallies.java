package kr.tupyo.roll.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Counts the rows a compiling statement returns into the rows of {@code roll_tallies}
 * ({@link CompileSql#TALLY_COLUMNS}): the same groups as {@link CompileSql#tallySelect}, one 읍면동 at a time
 * (the rows come 읍면동 by 읍면동), then copied into the build's tally table.
 */
final class CompileTallies {

    private record Group(long precinct, boolean hasPrecinct, boolean constituencyVote, String exclusion, String sex,
                         String ageBand, String residenceType) {
    }

    private final String election;
    private final AgeBands.Banding bands;
    private final Map<Group, long[]> emd = new HashMap<>();
    private final StringBuilder rows = new StringBuilder();

    CompileTallies(UUID election, java.time.LocalDate electionDay) {
        this.election = election.toString();
        this.bands = new AgeBands.Banding(electionDay);
    }

    /** One row of the current 읍면동; a precinct of {@code null} is none. */
    void count(Long precinct, boolean constituencyVote, String exclusion, String sex, long birthEpochDay, String residenceType) {
        Group g = new Group(precinct == null ? 0 : precinct, precinct != null, constituencyVote, exclusion, sex,
                bands.band(birthEpochDay), residenceType);
        emd.computeIfAbsent(g, k -> new long[1])[0]++;
    }

    /** The current 읍면동 is done: its counts become rows (in COPY's text format). */
    void endOf(String emdCode) {
        for (var e : emd.entrySet()) {
            Group g = e.getKey();
            rows.append(election).append('\t').append(emdCode).append('\t')
                    .append(g.hasPrecinct() ? Long.toString(g.precinct()) : "\\N").append('\t')
                    .append(g.constituencyVote() ? 't' : 'f').append('\t')
                    .append(g.exclusion() == null ? "\\N" : g.exclusion()).append('\t')
                    .append(g.sex()).append('\t').append(g.ageBand()).append('\t').append(g.residenceType()).append('\t')
                    .append(e.getValue()[0]).append('\n');
        }
        emd.clear();
    }

    /** Writes every row counted into the table (in the caller's transaction on that connection). */
    void copyInto(Connection connection, String table) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table + " (" + CompileSql.TALLY_COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
