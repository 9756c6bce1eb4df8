package kr.tupyo.registry;

import static kr.tupyo.registry.RegisterFixtures.hyphenated;
import static kr.tupyo.registry.RegistryUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every way an extract can be wrong: the whole file is refused, every error is listed, nothing is stored. */
@TupyoIntegrationTest
class RegistryImportFailuresIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidentRegister register;

    String admin;
    LocalDate date;
    RrnGenerator numbers;

    @BeforeEach
    void setUp() {
        RegistryUploads.ensureKr2022Divisions(api);
        admin = api.tokenFor(Role.ADMIN);
        date = RegisterFixtures.nextExtractDate(jdbc);
        numbers = RegisterFixtures.numbers();
    }

    ApiClient.Response extract(String content) {
        return extract(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    ApiClient.Response extract(byte[] content) {
        return upload(api, "/api/v1/registry/extracts?extractDate=" + date, admin, "extract.csv", content);
    }

    static JsonNode rejected(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("IMPORT_REJECTED");
        return response.json().path("errors");
    }

    void assertNothingStoredFor(ApiClient.Response response, ResidentRegistrationNumber... rrns) {
        UUID id = UUID.fromString(response.json().path("importId").asString());
        assertThat(jdbc.sql("SELECT status FROM registry_imports WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT count(*) FROM residents WHERE first_import = ?").param(id).query(Long.class).single())
                .isZero();
        for (ResidentRegistrationNumber rrn : rrns) {
            assertThat(register.findAsOf(rrn, date)).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedOnTheLinesThatAreNot() {
        var ok = numbers.of(LocalDate.of(1970, 1, 1), Sex.M, false);
        var cp949 = numbers.of(LocalDate.of(1971, 1, 1), Sex.F, false);
        String text = new RegisterFixtures.Extract()
                .row(hyphenated(ok), "Kim", ok.birthDate().toString(), "M", "KR", RegisterFixtures.CHEONGUN, "Seoul",
                        "2000-01-01", "DOMESTIC", "")
                .korean(cp949, "홍길순", RegisterFixtures.CHEONGUN).toString();
        byte[] bytes = text.getBytes(Charset.forName("x-windows-949"));

        var response = extract(bytes);

        JsonNode errors = rejected(response);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(3);
        assertThat(errors.get(0).path("code").asString()).isEqualTo("NOT_UTF8");
        assertNothingStoredFor(response, ok, cp949);
    }

    @Test
    void missingAndExtraColumnsAreEachNamed() {
        String header = RegisterFixtures.EXTRACT_HEADER.replace("address,", "").replace("\n", ",email\n");
        var response = extract(header + "x\n");
        JsonNode errors = rejected(response);
        assertThat(response.body()).contains("\"column\":\"email\"", "UNEXPECTED_COLUMN", "\"column\":\"address\"",
                "MISSING_COLUMN");
        assertThat(errors).hasSize(2);
    }

    @Test
    void aRowWithTooManyFieldsIsAnError() {
        var rrn = numbers.of(LocalDate.of(1970, 1, 1), Sex.M, false);
        String text = new RegisterFixtures.Extract().korean(rrn, "김", RegisterFixtures.CHEONGUN).toString()
                .replace("DOMESTIC,", "DOMESTIC,,extra");
        JsonNode errors = rejected(extract(text));
        assertThat(errors.get(0).path("code").asString()).isEqualTo("FIELD_COUNT");
    }

    @Test
    void listsEveryErrorOfEveryRowNotOnlyTheFirst() {
        var first = numbers.of(LocalDate.of(1980, 1, 1), Sex.M, false);
        var wrongBirth = numbers.of(LocalDate.of(1981, 2, 2), Sex.F, false);
        var unknownEmd = numbers.of(LocalDate.of(1982, 3, 3), Sex.M, false);
        String file = new RegisterFixtures.Extract()
                .korean(first, "첫째", RegisterFixtures.CHEONGUN)
                .row(hyphenated(wrongBirth), "둘째", "1981-02-03", "F", "KR", RegisterFixtures.CHEONGUN, "주소",
                        "2000-01-01", "DOMESTIC", "")
                .korean(unknownEmd, "셋째", "1111099999")
                .korean(first, "첫째 또", RegisterFixtures.SAJIK)
                .row(hyphenated(unknownEmd).replace('-', '+'), "", "1982-13-01", "X", "ZZ", "12", "", "", "LOCAL",
                        "2020-01-01")
                .toString();

        var response = extract(file);

        JsonNode errors = rejected(response);
        assertThat(response.body())
                .contains("\"line\":3", "BIRTH_DATE_MISMATCH", "\"column\":\"birth_date\"")
                .contains("\"line\":4", "UNKNOWN_EMD", "1111099999")
                .contains("\"line\":5", "DUPLICATE_IN_FILE")
                .contains("\"line\":6", "INVALID_RRN", "INVALID_DATE", "INVALID_CHOICE", "INVALID_NATIONALITY",
                        "REQUIRED", "DIGITS");
        assertThat(errors.size()).isGreaterThanOrEqualTo(10);
        assertThat(response.json().path("errorCount").asInt()).isEqualTo(errors.size());
        assertThat(response.body()).doesNotContain(first.digits().substring(6)).doesNotContain(unknownEmd.digits().substring(6));
        assertNothingStoredFor(response, first, wrongBirth, unknownEmd);
    }

    /** The store finds a repeat only when it rebuilds the unique index; it must then undo everything and say where. */
    @Test
    void aNumberRepeatedInAnOtherwiseValidExtractRejectsItOnTheRepeatingLine() {
        var once = numbers.of(LocalDate.of(1970, 4, 4), Sex.F, false);
        var twice = numbers.of(LocalDate.of(1971, 5, 5), Sex.M, false);
        String file = new RegisterFixtures.Extract()
                .korean(twice, "둘", RegisterFixtures.CHEONGUN)
                .korean(once, "하나", RegisterFixtures.CHEONGUN)
                .korean(twice, "둘 또", RegisterFixtures.SAJIK)
                .toString();

        var response = extract(file);

        JsonNode errors = rejected(response);
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(4);
        assertThat(errors.get(0).path("code").asString()).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(errors.get(0).path("column").asString()).isEqualTo("rrn");
        assertNothingStoredFor(response, once, twice);
        assertThat(jdbc.sql("SELECT count(*) FROM resident_facts WHERE source_import = ?::uuid")
                .param(response.json().path("importId").asString()).query(Long.class).single()).isZero();
    }

    @Test
    void aZeroByteFileAndAHeaderWithoutRowsAreRejected() {
        JsonNode empty = rejected(extract(new byte[0]));
        assertThat(empty.get(0).path("code").asString()).isEqualTo("EMPTY_FILE");
        JsonNode headerOnly = rejected(extract(RegisterFixtures.EXTRACT_HEADER));
        assertThat(headerOnly.get(0).path("code").asString()).isEqualTo("NO_ROWS");
    }

    @Test
    void foreignersOnlyHaveAPermanentResidenceDateAndKoreansAreNotForeignResidents() {
        var korean = numbers.of(LocalDate.of(1970, 1, 1), Sex.M, false);
        var foreigner = numbers.of(LocalDate.of(1970, 1, 1), Sex.F, true);
        String file = new RegisterFixtures.Extract()
                .row(hyphenated(korean), "김", "1970-01-01", "M", "KR", RegisterFixtures.CHEONGUN, "a", "2000-01-01",
                        "DOMESTIC", "2010-01-01")
                .row(hyphenated(foreigner), "Jane", "1970-01-01", "F", "US", RegisterFixtures.CHEONGUN, "b",
                        "2000-01-01", "DOMESTIC", "")
                .toString();
        var response = extract(file);
        rejected(response);
        assertThat(response.body()).contains("PERMANENT_RESIDENCE_FOREIGNERS_ONLY", "RESIDENCE_NATIONALITY");
    }

    @Test
    void theImportJobIsReadableWithItsReportAndListedByKind() {
        var rrn = numbers.of(LocalDate.of(1970, 1, 1), Sex.M, false);
        var response = extract(new RegisterFixtures.Extract().korean(rrn, "김", "1111099999").toString());
        String id = response.json().path("importId").asString();
        var job = api.get("/api/v1/registry/imports/" + id, api.tokenFor(Role.OBSERVER));
        assertThat(job.status()).isEqualTo(200);
        assertThat(job.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(job.json().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_EMD");
        assertThat(job.json().path("percent").asInt()).isEqualTo(100);
        var list = api.get("/api/v1/registry/imports?kind=EXTRACT", api.tokenFor(Role.ROLL_OFFICER));
        assertThat(list.body()).contains(id);
        assertThat(api.get("/api/v1/registry/imports/" + UUID.randomUUID(), admin).problemCode())
                .isEqualTo("IMPORT_NOT_FOUND");
    }
}
