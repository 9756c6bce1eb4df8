package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.BatchUpdateException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;

class JobFailureTest {

    /** An error as PostgreSQL sends it: one field a line, a letter naming each (S severity, C SQLSTATE, M message, …). */
    private static PSQLException fromServer(String... fields) {
        return new PSQLException(new ServerErrorMessage(String.join("\0", fields) + "\0"));
    }

    @Test
    void namesPostgresqlsReasonInsteadOfSpringsStatement() {
        var cause = fromServer("SERROR", "C42710", "Mtype \"roll_entries_build_1\" already exists",
                "HA relation has an associated type of the same name, so you must use a name that doesn't conflict with any existing type.");
        var failure = new BadSqlGrammarException("StatementCallback", "CREATE TABLE roll_entries_build_1 (LIKE roll_entries)", cause);

        assertThat(failure.getMessage()).as("what was stored before").doesNotContain("already exists");
        assertThat(JobFailure.message(failure))
                .isEqualTo("PSQLException: type \"roll_entries_build_1\" already exists [SQLSTATE 42710]");
    }

    @Test
    void keepsNeitherTheDetailNorTheStatementThatEchoValues() {
        var cause = fromServer("SERROR", "C23505", "Mduplicate key value violates unique constraint \"roll_entries_rrn_lookup_key\"",
                "DKey (election_id, rrn_lookup)=(7d4c…, \\x9f86d081884c7d65) already exists.", "Troll_entries");
        var failure = new DuplicateKeyException("PreparedStatementCallback; INSERT INTO roll_entries VALUES (?, ?)", cause);

        assertThat(cause.getMessage()).as("the driver's own message has the DETAIL").contains("9f86d081884c7d65");
        assertThat(JobFailure.message(failure))
                .isEqualTo("PSQLException: duplicate key value violates unique constraint \"roll_entries_rrn_lookup_key\" [SQLSTATE 23505]")
                .doesNotContain("9f86d081884c7d65").doesNotContain("Key (");
    }

    @Test
    void masksTheValueADataExceptionQuotes() {
        var cause = fromServer("SERROR", "C22P02", "Minvalid input syntax for type date: \"900101-1234567\"",
                "WCOPY staged, line 3, column birth_date: \"900101-1234567\"");

        assertThat(JobFailure.message(new DataIntegrityViolationException("COPY", cause)))
                .isEqualTo("PSQLException: invalid input syntax for type date: \"…\" [SQLSTATE 22P02]");
        assertThat(JobFailure.message(new PSQLException("Bad value for type int : 900101", org.postgresql.util.PSQLState.NUMERIC_VALUE_OUT_OF_RANGE)))
                .as("the driver's own conversion message does not quote the value").doesNotContain("900101");
    }

    @Test
    void aBatchsOwnMessageWithItsFilledInStatementIsNotUsed() {
        var batch = new BatchUpdateException("Batch entry 0 INSERT INTO roll_additions VALUES ('900101-1234567') was aborted",
                "23505", 0, new long[0], null);
        assertThat(JobFailure.message(new DuplicateKeyException("batch", batch)))
                .isEqualTo("BatchUpdateException: [SQLSTATE 23505]");

        batch.setNextException(fromServer("SERROR", "C23505", "Mthe person is already on the list", "DKey (rrn)=(900101-1234567)"));
        assertThat(JobFailure.message(new DuplicateKeyException("batch", batch)))
                .isEqualTo("BatchUpdateException: the person is already on the list [SQLSTATE 23505]");
    }

    @Test
    void otherFailuresGiveTheirInnermostCauseOnOneShortLine() {
        var nested = new ExecutionException(new UncheckedIOException(new NoSuchFileException("/data/turnout/lists/1")));
        assertThat(JobFailure.message(nested)).isEqualTo("NoSuchFileException: /data/turnout/lists/1");

        assertThat(JobFailure.message(new IllegalStateException("first line\nsecond line"))).isEqualTo("IllegalStateException: first line");
        assertThat(JobFailure.message(new NullPointerException())).isEqualTo("NullPointerException");
        String tooLong = JobFailure.message(new IllegalStateException("x".repeat(1_000)));
        assertThat(tooLong).hasSize(JobFailure.MAX_LENGTH).endsWith("…");
    }
}
