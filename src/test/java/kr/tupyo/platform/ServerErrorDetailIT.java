package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PostgreSQL's DETAIL of a violated key names the key's values (an RRN's lookup hash, say), and the background
 * workers log whole exceptions: the service's connections are opened with pgJDBC's {@code logServerErrorDetail=false},
 * so that an exception's message carries PostgreSQL's primary message only. A plain connection to the same server
 * shows what the setting hides.
 */
@TupyoIntegrationTest
class ServerErrorDetailIT {

    @Autowired
    DataSource dataSource;

    @Test
    void aViolatedKeysValuesAreNotInTheMessageOfAnErrorOnTheServicesConnections() throws SQLException {
        String value = "lookup-" + UUID.randomUUID();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection plain = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            assertThat(duplicate(plain, value).getMessage()).as("without the setting")
                    .contains("Key (v)=(" + value + ") already exists");
        }
        try (Connection pooled = dataSource.getConnection()) {
            SQLException refused = duplicate(pooled, value);
            assertThat(refused.getSQLState()).isEqualTo("23505");
            assertThat(refused.getMessage()).contains("duplicate key value violates unique constraint")
                    .doesNotContain(value).doesNotContain("Key (");
        }
    }

    @Test
    void aBatchsMessageNamesNeitherTheKeysValuesNorTheStatementsParameters() throws SQLException {
        String value = "lookup-" + UUID.randomUUID();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection plain = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            assertThat(duplicateInBatch(plain, value).getMessage()).as("without the setting").contains(value);
        }
        try (Connection pooled = dataSource.getConnection()) {
            SQLException refused = duplicateInBatch(pooled, value);
            assertThat((Throwable) refused).isInstanceOf(BatchUpdateException.class);
            assertThat(refused.getMessage()).doesNotContain(value).doesNotContain("Key (");
            assertThat((Throwable) refused.getNextException()).isNotNull();
            assertThat(refused.getNextException().getMessage()).doesNotContain(value).doesNotContain("Key (");
        }
    }

    /** Inserts the value twice into a table of the transaction's own; the refusal of the second. */
    private static SQLException duplicate(Connection connection, String value) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE detail_probe (v text PRIMARY KEY) ON COMMIT DROP");
            sql.execute("INSERT INTO detail_probe VALUES ('" + value + "')");
            return catchThrowableOfType(SQLException.class,
                    () -> sql.execute("INSERT INTO detail_probe VALUES ('" + value + "')"));
        } finally {
            connection.rollback();
        }
    }

    private static SQLException duplicateInBatch(Connection connection, String value) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO detail_probe VALUES (?)")) {
            sql.execute("CREATE TEMPORARY TABLE detail_probe (v text PRIMARY KEY) ON COMMIT DROP");
            insert.setString(1, value);
            insert.addBatch();
            insert.setString(1, value);
            insert.addBatch();
            return catchThrowableOfType(SQLException.class, insert::executeBatch);
        } finally {
            connection.rollback();
        }
    }
}
