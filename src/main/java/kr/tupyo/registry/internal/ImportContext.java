package kr.tupyo.registry.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a running import may use: its id, its effective date, the issues found so far, and the
 * connection of its transaction (for COPY; the {@link JdbcClient} runs on the same connection).
 */
public record ImportContext(UUID importId, LocalDate effectiveDate, ImportIssues issues, Connection connection,
                            JdbcClient jdbc) {

    public boolean hasErrors() {
        return issues.hasErrors();
    }
}
