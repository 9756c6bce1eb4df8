package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kr.tupyo.support.TupyoIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V9_4 moves a partner's single contact into its list of contacts and drops the old columns: whatever
 * was known of the old contact (name, e-mail or phone alone) survives as the first contact. Run on a
 * database of its own, migrated to V9_3, filled the old way, then migrated on.
 */
@TupyoIntegrationTest
class PartnerContactsMigrationIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theOldSingleContactBecomesTheFirstContactAndNothingKnownIsLost() throws Exception {
        String database = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/postgres$", "/" + database);
        String user = ((HikariDataSource) dataSource).getUsername();
        var flyway = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").outOfOrder(true);
        flyway.target("9.3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO visit_partners (name, type, country, region, contact_name, contact_email, contact_phone) VALUES
                      ('Electoral Commission of Jamaica', 'FOREIGN_EMB', 'JM', 'AMERICAS', 'Glasspole Brown', 'gb@ecj.example', '+1 876 000'),
                      ('IDB', 'INTERNATIONAL_ORGANISATION', 'US', 'AMERICAS', NULL, 'desk@idb.example', NULL),
                      ('Ministry of the Interior', 'KOREAN_GOVERNMENT', 'KR', 'KOREA', ' ', NULL, '02-2100-0000'),
                      ('University', 'ACADEMIC', 'KR', 'KOREA', NULL, '', NULL)""");
        }
        flyway.target("latest").load().migrate();
        List<String> contacts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             var rs = s.executeQuery("""
                     SELECT p.name, k.name, k.email, k.phone FROM visit_partner_contacts k JOIN visit_partners p ON p.id = k.partner_id
                     ORDER BY p.name""")) {
            while (rs.next()) {
                contacts.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4));
            }
            var columns = c.getMetaData().getColumns(null, null, "visit_partners", "contact_%");
            assertThat(columns.next()).as("the old columns are gone").isFalse();
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
        assertThat(contacts).containsExactly(
                "Electoral Commission of Jamaica | Glasspole Brown | gb@ecj.example | +1 876 000",
                "IDB | desk@idb.example | desk@idb.example | null",
                "Ministry of the Interior | 02-2100-0000 | null | 02-2100-0000");
    }
}
