package kr.tupyo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The example files of docs/formats/ import as documented. They carry fixed dates, so they run in the
 * same separate context (and database) as {@link RegistryUploadLimitIT}, away from the shared one.
 */
@TupyoIntegrationTest
@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=64KB",
        "spring.servlet.multipart.max-request-size=64KB"})
class RegistryFormatExamplesIT {

    @Autowired
    ApiClient api;
    @Autowired
    ResidentRegister register;
    @Autowired
    Divisions divisions;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ApiClient.Response post(String path, String example) throws IOException {
        byte[] content = Files.readAllBytes(Path.of("docs/formats/examples").resolve(example));
        return RegistryUploads.upload(api, path, api.tokenFor(Role.ADMIN), example, content);
    }

    @Test
    void theDocumentedExamplesImportAndGiveTheDocumentedRegister() throws IOException {
        var d = post("/api/v1/registry/divisions?effectiveDate=2022-01-03", "divisions.csv");
        assertThat(d.status()).as(d.toString()).isEqualTo(201);
        assertThat(divisions.emd("2729053500", LocalDate.of(2022, 3, 9)).orElseThrow().emdName()).isEqualTo("두류1,2동");
        var e = post("/api/v1/registry/extracts?extractDate=2022-03-09", "resident-extract.csv");
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        var v = post("/api/v1/registry/events", "change-events.csv");
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        assertThat(v.json().path("rowsStored").asLong()).isEqualTo(6);
        var q = post("/api/v1/registry/disqualifications", "disqualifications.csv");
        assertThat(q.status()).as(q.toString()).isEqualTo(201);

        var kim = ResidentRegistrationNumber.parse("900101-1000006");
        assertThat(register.findAsOf(kim, LocalDate.of(2022, 3, 13)).orElseThrow().emdCode()).isEqualTo("1111051500");
        assertThat(register.findAsOf(kim, LocalDate.of(2022, 4, 2)).orElseThrow())
                .extracting(RegisteredResident::emdCode, RegisteredResident::name)
                .containsExactly("2729053500", "김철민");
        assertThat(register.countAsOf(LocalDate.of(2022, 3, 9))).isEqualTo(3);
        assertThat(register.countAsOf(LocalDate.of(2022, 3, 15))).isEqualTo(4);
        assertThat(register.countAsOf(LocalDate.of(2022, 4, 30))).isEqualTo(3);
        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2022, 3, 9))).hasSize(1);
        java.util.List<RegisteredResident> all = new java.util.ArrayList<>();
        register.forEachAsOf(LocalDate.of(2022, 4, 1), all::add);
        assertThat(all).extracting(RegisteredResident::nationality).containsOnly("KR");
        for (String day : java.util.List.of("2022-03-09", "2022-03-15", "2022-04-02", "2022-04-30")) {
            // The whole-register shape (migrations V4_6, V4_7: the person's columns from the facts, no encrypted
            // number) gives exactly the rows of the look-up shape.
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM ((SELECT %1$s FROM registry_residents_as_of(CAST(:d AS date))
                                           EXCEPT ALL SELECT %1$s FROM registry_all_residents_as_of(CAST(:d AS date)))
                                          UNION ALL (SELECT %1$s FROM registry_all_residents_as_of(CAST(:d AS date))
                                           EXCEPT ALL SELECT %1$s FROM registry_residents_as_of(CAST(:d AS date)))) d"""
                    .formatted("resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality, emd_code, address, "
                            + "registered_since, residence_type, permanent_residence_since, deceased_on"))
                    .param("d", day).query(Long.class).single()).as(day).isZero();
        }
    }
}
