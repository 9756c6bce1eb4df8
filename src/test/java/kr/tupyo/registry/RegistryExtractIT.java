package kr.tupyo.registry;

import static kr.tupyo.registry.RegistryUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TupyoIntegrationTest
class RegistryExtractIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidentRegister register;

    @BeforeEach
    void divisions() {
        RegistryUploads.ensureKr2022Divisions(api);
    }

    /** What the register's tables have, by definition, as migrations V4_3 to V4_8 made them. */
    private java.util.List<String> indexesAndConstraints() {
        return jdbc.sql("""
                SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes
                WHERE tablename IN ('residents', 'resident_facts', 'resident_events')
                UNION ALL
                SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid IN ('residents'::regclass, 'resident_facts'::regclass, 'resident_events'::regclass)
                ORDER BY 1""").query(String.class).list();
    }

    /** The store drops the indexes and keys to load faster (decision 023); it must put back exactly those. */
    @Test
    void anExtractLeavesTheRegistersIndexesAndKeysAsTheMigrationDefinesThem() {
        var before = indexesAndConstraints();
        assertThat(before).anyMatch(d -> d.startsWith("constraint residents_pkey: PRIMARY KEY (id)"))
                .anyMatch(d -> d.startsWith("constraint resident_events_resident_id_fkey: FOREIGN KEY (resident_id) REFERENCES residents(id)"))
                .anyMatch(d -> d.startsWith("index resident_facts_current: CREATE UNIQUE INDEX resident_facts_current"))
                .anyMatch(d -> d.startsWith("index resident_facts_emd: CREATE INDEX resident_facts_emd"));
        LocalDate date = RegisterFixtures.nextExtractDate(jdbc);
        var someone = RegisterFixtures.numbers().of(LocalDate.of(1991, 8, 15), Sex.F, false);
        assertThat(upload(api, "/api/v1/registry/extracts?extractDate=" + date, api.tokenFor(Role.ADMIN), "keys.csv",
                new RegisterFixtures.Extract().korean(someone, "박지원", RegisterFixtures.CHEONGUN).toString()).status())
                .isEqualTo(201);

        assertThat(indexesAndConstraints()).isEqualTo(before);
    }

    @Test
    void importsAnExtractAndShowsTheRegisterAsItStoodOnTheExtractDate() {
        LocalDate date = RegisterFixtures.nextExtractDate(jdbc);
        var numbers = RegisterFixtures.numbers();
        var korean = numbers.of(LocalDate.of(1990, 1, 1), Sex.M, false);
        var overseas = numbers.of(LocalDate.of(1975, 7, 31), Sex.F, false);
        var foreigner = numbers.of(LocalDate.of(1985, 3, 15), Sex.F, true);
        String file = new RegisterFixtures.Extract()
                .korean(korean, "김철수", RegisterFixtures.CHEONGUN)
                .overseas(overseas, "이영희", RegisterFixtures.SAJIK, date.minusMonths(2))
                .foreigner(foreigner, "Anna Schmidt", "DE", RegisterFixtures.DURYU, LocalDate.of(2015, 4, 1))
                .toString();

        var response = upload(api, "/api/v1/registry/extracts?extractDate=" + date, api.tokenFor(Role.ADMIN),
                "extract.csv", file);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("rowsStored").asLong()).isEqualTo(3);
        // The store is a step of its own on the progress bar, finished here.
        assertThat(response.json().path("step").asString()).isEqualTo("STORING");
        assertThat(response.json().path("stepDone").asLong()).isEqualTo(5);
        assertThat(response.json().path("stepTotal").asLong()).isEqualTo(5);
        assertThat(response.body()).doesNotContain(korean.digits()).doesNotContain(korean.digits().substring(6));
        assertThat(register.latestExtractDate()).contains(date);

        RegisteredResident kim = register.findAsOf(korean, date).orElseThrow();
        assertThat(kim.rrnMasked()).isEqualTo("900101-1******");
        assertThat(kim.name()).isEqualTo("김철수");
        assertThat(kim.emdCode()).isEqualTo(RegisterFixtures.CHEONGUN);
        assertThat(kim.residenceType()).isEqualTo(ResidenceType.DOMESTIC);
        assertThat(register.findAsOf(overseas, date).orElseThrow().registeredSince()).isEqualTo(date.minusMonths(2));
        RegisteredResident anna = register.findAsOf(foreigner, date).orElseThrow();
        assertThat(anna.nationality()).isEqualTo("DE");
        assertThat(anna.permanentResidenceSince()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(register.findAsOf(korean, date.minusDays(1))).isEmpty();
        assertThat(register.countAsOf(date)).isEqualTo(3);
    }

    @Test
    void aCheckDigitMismatchIsAWarningAndTheRowIsStored() {
        LocalDate date = RegisterFixtures.nextExtractDate(jdbc);
        var valid = RegisterFixtures.numbers().of(LocalDate.of(2001, 2, 3), Sex.F, false);
        String noCheckDigit = valid.digits().substring(0, 12) + (valid.expectedCheckDigit() + 1) % 10;
        var rrn = ResidentRegistrationNumber.parse(noCheckDigit);

        var response = upload(api, "/api/v1/registry/extracts?extractDate=" + date, api.tokenFor(Role.ADMIN),
                "extract.csv", new RegisterFixtures.Extract().korean(rrn, "박민지", RegisterFixtures.SAJIK).toString());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("warningCount").asInt()).isEqualTo(1);
        assertThat(response.json().path("warnings").get(0).path("code").asString()).isEqualTo("RRN_CHECK_DIGIT");
        assertThat(response.json().path("warnings").get(0).path("line").asLong()).isEqualTo(2);
        assertThat(register.findAsOf(rrn, date)).isPresent();
    }

    @Test
    void aNewExtractReplacesTheRegisterFromItsDateButKeepsHistory() {
        LocalDate first = RegisterFixtures.nextExtractDate(jdbc);
        var numbers = RegisterFixtures.numbers();
        var stays = numbers.of(LocalDate.of(1960, 12, 24), Sex.M, false);
        var leaves = numbers.of(LocalDate.of(1961, 1, 2), Sex.F, false);
        String admin = api.tokenFor(Role.ADMIN);
        assertThat(upload(api, "/api/v1/registry/extracts?extractDate=" + first, admin, "a.csv",
                new RegisterFixtures.Extract().korean(stays, "가", RegisterFixtures.CHEONGUN)
                        .korean(leaves, "나", RegisterFixtures.CHEONGUN).toString()).status()).isEqualTo(201);
        LocalDate second = first.plusDays(10);
        assertThat(upload(api, "/api/v1/registry/extracts?extractDate=" + second, admin, "b.csv",
                new RegisterFixtures.Extract().korean(stays, "가", RegisterFixtures.SAJIK).toString()).status())
                .isEqualTo(201);

        assertThat(register.findAsOf(stays, second.minusDays(1)).orElseThrow().emdCode()).isEqualTo(RegisterFixtures.CHEONGUN);
        assertThat(register.findAsOf(stays, second).orElseThrow().emdCode()).isEqualTo(RegisterFixtures.SAJIK);
        assertThat(register.findAsOf(leaves, second.minusDays(1))).isPresent();
        assertThat(register.findAsOf(leaves, second)).isEmpty();

        var older = upload(api, "/api/v1/registry/extracts?extractDate=" + first, admin, "c.csv",
                new RegisterFixtures.Extract().korean(leaves, "나", RegisterFixtures.SAJIK).toString());
        assertThat(older.status()).isEqualTo(422);
        assertThat(older.body()).contains("EXTRACT_NOT_NEWER");
    }
}
