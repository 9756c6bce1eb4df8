package kr.tupyo.registry.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a running import may use: its id, its effective date, the issues found so far, the
 * connection of its transaction (for COPY and the set-based writes; the {@link JdbcClient} runs on the same
 * connection), and where to report the progress of a step after the reading.
 */
public record ImportContext(UUID importId, LocalDate effectiveDate, ImportIssues issues, Connection connection,
                            JdbcClient jdbc, ImportProgress progress) {

    public boolean hasErrors() {
        return issues.hasErrors();
    }
}
