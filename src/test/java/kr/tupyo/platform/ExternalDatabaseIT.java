package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code TUPYO_DATABASE_URL} switches the packaged jar to an external PostgreSQL with no other change.
 * The server comes from the environment: {@code TUPYO_TEST_EXTERNAL_DATABASE_URL} (+ {@code _USER},
 * {@code _PASSWORD}), which .ci/run sets up with Debian's PostgreSQL. In CI ({@code CI=true}) its
 * absence is a failure; on a developer's machine the test is skipped.
 * Each run uses a schema of its own ({@code currentSchema}), dropped afterwards, so the database
 * stays reusable.
 */
class ExternalDatabaseIT {

    private static final String ADMIN_PASSWORD = "external-admin-password-1";

    private static String url;
    private static String user;
    private static String password;
    private static String schema;

    @BeforeAll
    static void externalServer() throws SQLException {
        url = System.getenv("TUPYO_TEST_EXTERNAL_DATABASE_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but TUPYO_TEST_EXTERNAL_DATABASE_URL is not set: "
                        + ".ci/run must start the external PostgreSQL for this test");
            }
            Assumptions.abort("TUPYO_TEST_EXTERNAL_DATABASE_URL is not set (see .ci/run to run this test)");
        }
        user = System.getenv("TUPYO_TEST_EXTERNAL_DATABASE_USER");
        password = System.getenv("TUPYO_TEST_EXTERNAL_DATABASE_PASSWORD");
        schema = "tupyo_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterAll
    static void dropSchemaAndStopEverything() throws SQLException {
        TupyoProcess.killLeftovers();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void runsOnTheExternalServerWithItsSchemaAndData() throws Exception {
        Path dataDir = Files.createTempDirectory("tupyo-external-");
        String appUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TupyoProcess tupyo = TupyoProcess.start("external-db", dataDir, TupyoProcess.settings(
                "TUPYO_DATABASE_URL", appUrl,
                "TUPYO_DATABASE_USER", user,
                "TUPYO_DATABASE_PASSWORD", password == null ? "" : password,
                "TUPYO_ADMIN_PASSWORD", ADMIN_PASSWORD));
        tupyo.awaitReady(Duration.ofSeconds(120));
        assertThat(tupyo.output()).contains("Using external PostgreSQL").doesNotContain("Embedded PostgreSQL started");

        // Data through the API...
        String token = tupyo.adminToken(ADMIN_PASSWORD, "external-token");
        var created = tupyo.send("POST", "/api/v1/accounts", TupyoProcess.bearer(token), Map.of(
                "username", "external-officer", "role", "OBSERVER", "password", "external-password-1"));
        assertThat(created.status()).as("account creation: %s", created).isEqualTo(201);

        // The verification first chains the entries still waiting in the audit inbox.
        var verify = tupyo.send("GET", "/api/v1/audit/verify", TupyoProcess.bearer(token), null);
        assertThat(verify.json().path("intact").asBoolean()).as("audit chain: %s", verify).isTrue();

        // ...lands in the external database, migrated by Flyway into this run's schema.
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            assertThat(strings(c, "SELECT version FROM " + schema + ".flyway_schema_history WHERE success ORDER BY installed_rank"))
                    .contains("1.1", "2.1", "3.1", "3.2");
            assertThat(strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", schema))
                    .contains("accounts", "api_tokens", "audit_log", "spring_session", "event_publication");
            assertThat(strings(c, "SELECT username || ':' || role FROM " + schema + ".accounts ORDER BY username"))
                    .containsExactly("admin:ADMIN", "external-officer:OBSERVER");
            assertThat(strings(c, "SELECT name FROM " + schema + ".api_tokens")).containsExactly("external-token");
            assertThat(strings(c, "SELECT action FROM " + schema + ".audit_log WHERE target = 'account:external-officer'"))
                    .containsExactly("ACCOUNT_CREATED");
        }

        // No embedded postgres was started (nor unpacked) for it.
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        assertThat(dataDir.resolve("postgres-runtime")).doesNotExist();
        assertThat(tupyo.process().descendants().filter(TupyoProcess::isPostgres).toList())
                .as("postgres children of the JVM").isEmpty();

        assertThat(tupyo.stop()).isIn(0, 143);
        tupyo.assertCleanShutdown();
    }

    private static List<String> strings(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
