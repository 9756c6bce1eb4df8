package kr.tupyo.registry;

import static kr.tupyo.registry.RegistryUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TupyoIntegrationTest
class DivisionImportIT {

    static final String HEADER = "sido_code,sido_name,sgg_code,sgg_name,emd_code,emd_name,nec_emd_code\n";

    @Autowired
    ApiClient api;
    @Autowired
    Divisions divisions;

    @Test
    void importsTheWholeKr2022TableAndRefusesTheSameFileTwice() {
        var first = RegistryUploads.ensureKr2022Divisions(api);
        if (first.status() == 201) {
            assertThat(first.json().path("rowsStored").asLong()).isEqualTo(3512);
            assertThat(first.json().path("status").asString()).isEqualTo("ACCEPTED");
        }
        LocalDate inForce = LocalDate.parse(RegistryUploads.KR_2022_EFFECTIVE);
        assertThat(divisions.allEmds(inForce)).hasSize(3512);
        assertThat(divisions.emd("2729053500", inForce)).get()
                .extracting(Division::emdName, Division::sggName, Division::sidoName)
                .containsExactly("두류1,2동", "달서구", "대구광역시");
        assertThat(divisions.emdExists("1111051500", inForce)).isTrue();
        assertThat(divisions.emdExists("1111051500", inForce.minusDays(1))).isFalse();

        var again = RegistryUploads.ensureKr2022Divisions(api);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("DUPLICATE_IMPORT");
    }

    @Test
    void aLaterVersionTakesEffectOnItsDateOnly() {
        String table = HEADER + "99,시험도,99110,시험군,9911051000,\"가,나동\",991101\n";
        var response = upload(api, "/api/v1/registry/divisions?effectiveDate=2099-01-01", api.tokenFor(Role.ADMIN),
                "future.csv", table);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(divisions.emd("9911051000", LocalDate.of(2099, 1, 1))).get()
                .extracting(Division::emdName).isEqualTo("가,나동");
        assertThat(divisions.emdExists("9911051000", LocalDate.of(2098, 12, 31))).isFalse();
        assertThat(divisions.versionInForce(LocalDate.of(2099, 6, 1))).contains(LocalDate.of(2099, 1, 1));
    }

    @Test
    void rejectsAnInvalidTableListingEveryErrorAndStoresNothing() {
        String table = HEADER
                + "11,서울특별시,11110,종로구,1111051500,청운효자동,110101\n"
                + "11,서울특별시,22110,종로구,111105150,,110101\n"
                + "11,서울특별시,11110,종로구,1111051500,청운효자동,110101\n";
        var response = upload(api, "/api/v1/registry/divisions?effectiveDate=2098-01-01", api.tokenFor(Role.ADMIN),
                "bad.csv", table);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("IMPORT_REJECTED");
        var errors = response.json().path("errors");
        assertThat(errors.size()).isEqualTo(4);
        assertThat(response.body()).contains("\"line\":3", "\"column\":\"sgg_code\"", "\"column\":\"emd_code\"",
                "\"column\":\"emd_name\"", "\"line\":4", "DUPLICATE_IN_FILE");
        assertThat(divisions.versionInForce(LocalDate.of(2098, 6, 1))).isNotEqualTo(java.util.Optional.of(LocalDate.of(2098, 1, 1)));
    }

    @Test
    void onlyAdministratorsImportAndObserversRead() {
        var denied = upload(api, "/api/v1/registry/divisions", api.tokenFor(Role.OBSERVER), "x.csv", HEADER);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/registry/imports?kind=DIVISIONS", api.tokenFor(Role.OBSERVER)).status()).isEqualTo(200);
    }
}
