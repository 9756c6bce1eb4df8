package kr.tupyo.registry;

import static kr.tupyo.registry.RegisterFixtures.hyphenated;
import static kr.tupyo.registry.RegistryUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TupyoIntegrationTest
class RegistryEventsIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidentRegister register;

    String admin;
    LocalDate extractDate;
    RrnGenerator numbers;
    ResidentRegistrationNumber kim;
    ResidentRegistrationNumber lee;
    ResidentRegistrationNumber anna;

    @BeforeEach
    void extract() {
        RegistryUploads.ensureKr2022Divisions(api);
        admin = api.tokenFor(Role.ADMIN);
        extractDate = RegisterFixtures.nextExtractDate(jdbc);
        numbers = RegisterFixtures.numbers();
        kim = numbers.of(LocalDate.of(1980, 5, 5), Sex.M, false);
        lee = numbers.of(LocalDate.of(1950, 10, 9), Sex.F, false);
        anna = numbers.of(LocalDate.of(1979, 8, 1), Sex.F, true);
        var response = upload(api, "/api/v1/registry/extracts?extractDate=" + extractDate, admin, "extract.csv",
                new RegisterFixtures.Extract().korean(kim, "김민수", RegisterFixtures.CHEONGUN)
                        .korean(lee, "이순자", RegisterFixtures.CHEONGUN)
                        .foreigner(anna, "Anna Kowalska", "PL", RegisterFixtures.DURYU, LocalDate.of(2010, 1, 1))
                        .toString());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    String event(String id, ResidentRegistrationNumber rrn, String type, LocalDate date, String... values) {
        String[] cells = new String[8];
        java.util.Arrays.fill(cells, "");
        System.arraycopy(values, 0, cells, 0, values.length);
        return String.join(",", id, hyphenated(rrn), type, date.toString()) + "," + String.join(",", cells) + "\n";
    }

    @Test
    void eventsApplyInOrderOfEffectiveDateAndTheRegisterCanBeReadAsOfAnyDate() {
        String p = UUID.randomUUID().toString().substring(0, 8);
        var baby = numbers.of(extractDate.plusDays(2), Sex.F, false);
        String file = RegisterFixtures.EVENTS_HEADER
                // deliberately out of date order in the file: they apply by effective date
                + event(p + "-3", kim, "NAME_CHANGE", extractDate.plusDays(5), "김민준")
                + event(p + "-1", kim, "MOVE", extractDate.plusDays(1), "", "", "", "", RegisterFixtures.SAJIK, "서울 종로구 사직로 9")
                + event(p + "-2", lee, "DEATH", extractDate.plusDays(3))
                + event(p + "-4", baby, "NEW_REGISTRATION", extractDate.plusDays(4), "김하나", baby.birthDate().toString(),
                        "F", "KR", RegisterFixtures.SAJIK, "서울 종로구 사직로 9", "DOMESTIC")
                + event(p + "-5", anna, "NATURALISATION", extractDate.plusDays(6), "안나");

        var response = upload(api, "/api/v1/registry/events", admin, "events.csv", file);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("rowsStored").asLong()).isEqualTo(5);
        var onExtract = register.findAsOf(kim, extractDate).orElseThrow();
        assertThat(onExtract.emdCode()).isEqualTo(RegisterFixtures.CHEONGUN);
        var moved = register.findAsOf(kim, extractDate.plusDays(1)).orElseThrow();
        assertThat(moved.emdCode()).isEqualTo(RegisterFixtures.SAJIK);
        assertThat(moved.registeredSince()).isEqualTo(extractDate.plusDays(1));
        assertThat(moved.name()).isEqualTo("김민수");
        assertThat(register.findAsOf(kim, extractDate.plusDays(5)).orElseThrow().name()).isEqualTo("김민준");
        assertThat(register.findAsOf(lee, extractDate.plusDays(2))).get()
                .extracting(RegisteredResident::deceasedOn).isEqualTo(extractDate.plusDays(3));
        assertThat(register.findAsOf(lee, extractDate.plusDays(3))).isEmpty();
        assertThat(register.findAsOf(baby, extractDate.plusDays(3))).isEmpty();
        assertThat(register.findAsOf(baby, extractDate.plusDays(4)).orElseThrow().name()).isEqualTo("김하나");
        var naturalised = register.findAsOf(anna, extractDate.plusDays(6)).orElseThrow();
        assertThat(naturalised.nationality()).isEqualTo("KR");
        assertThat(naturalised.residenceType()).isEqualTo(ResidenceType.DOMESTIC);
        assertThat(naturalised.permanentResidenceSince()).isNull();
        assertThat(register.findAsOf(anna, extractDate.plusDays(5)).orElseThrow().nationality()).isEqualTo("PL");
    }

    @Test
    void replayingAnAppliedEventIsANoOpAndTheSameFileTwiceIsADuplicate() {
        String p = UUID.randomUUID().toString().substring(0, 8);
        String move = event(p + "-1", kim, "MOVE", extractDate.plusDays(1), "", "", "", "", RegisterFixtures.SAJIK, "사직로 1");
        String file = RegisterFixtures.EVENTS_HEADER + move;
        assertThat(upload(api, "/api/v1/registry/events", admin, "day1.csv", file).status()).isEqualTo(201);

        var again = upload(api, "/api/v1/registry/events", admin, "day1.csv", file);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("DUPLICATE_IMPORT");

        String overlapping = RegisterFixtures.EVENTS_HEADER + move
                + event(p + "-2", kim, "NAME_CHANGE", extractDate.plusDays(2), "김민호");
        var replay = upload(api, "/api/v1/registry/events", admin, "day1-2.csv", overlapping);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.json().path("rowsStored").asLong()).isEqualTo(1);
        assertThat(replay.json().path("warnings").get(0).path("code").asString()).isEqualTo("EVENT_ALREADY_APPLIED");
        assertThat(register.findAsOf(kim, extractDate.plusDays(2)).orElseThrow().name()).isEqualTo("김민호");

        String reused = RegisterFixtures.EVENTS_HEADER
                + event(p + "-1", kim, "MOVE", extractDate.plusDays(1), "", "", "", "", RegisterFixtures.DURYU, "달서구");
        var conflict = upload(api, "/api/v1/registry/events", admin, "reused.csv", reused);
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.body()).contains("EVENT_ID_REUSED");
    }

    @Test
    void eventsThatDoNotFitTheRegisterRejectTheWholeFile() {
        String p = UUID.randomUUID().toString().substring(0, 8);
        var stranger = numbers.of(LocalDate.of(1991, 1, 1), Sex.M, false);
        String file = RegisterFixtures.EVENTS_HEADER
                + event(p + "-1", kim, "NAME_CHANGE", extractDate.plusDays(1), "김정상")
                + event(p + "-2", stranger, "MOVE", extractDate.plusDays(1), "", "", "", "", RegisterFixtures.SAJIK, "x")
                + event(p + "-3", lee, "NEW_REGISTRATION", extractDate.plusDays(1), "이순자", lee.birthDate().toString(),
                        "F", "KR", RegisterFixtures.SAJIK, "y", "DOMESTIC")
                + event(p + "-4", kim, "MOVE", extractDate.plusDays(2), "", "", "", "", "1111099999", "z")
                + event(p + "-5", kim, "DEATH", extractDate, "")
                + event(p + "-6", kim, "NAME_CHANGE", extractDate.plusDays(3), "", "1980-05-05");

        var response = upload(api, "/api/v1/registry/events", admin, "bad-events.csv", file);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("UNKNOWN_RESIDENT", "ALREADY_REGISTERED", "UNKNOWN_EMD",
                "EVENT_BEFORE_EXTRACT", "NOT_USED_BY_TYPE", "\"line\":3", "\"line\":4", "\"line\":5", "\"line\":6",
                "\"line\":7");
        assertThat(register.findAsOf(kim, extractDate.plusDays(1)).orElseThrow().name()).isEqualTo("김민수");
    }

    @Test
    void disqualificationsAreInForceFromTheirFirstToTheirLastDay() {
        String reference = "2024고합" + UUID.randomUUID().toString().substring(0, 6);
        String file = RegisterFixtures.DISQUALIFICATIONS_HEADER
                + hyphenated(kim) + ",ELECTION_FINE,2023-03-01,2028-02-29," + reference + "\n"
                + lee.digits() + ",PRISON_SENTENCE,2024-01-01,," + reference + "\n";
        var response = upload(api, "/api/v1/registry/disqualifications", admin, "dq.csv", file);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("rowsStored").asLong()).isEqualTo(2);

        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2023, 2, 28))).isEmpty();
        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2023, 3, 1))).hasSize(1);
        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2028, 2, 29))).singleElement()
                .extracting(Disqualification::kind).isEqualTo(DisqualificationKind.ELECTION_FINE);
        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2028, 3, 1))).isEmpty();
        assertThat(register.disqualificationsInForce(lee, LocalDate.of(2099, 1, 1))).hasSize(1);

        // a pardon: the same notice again with an earlier end replaces the dates
        String pardon = RegisterFixtures.DISQUALIFICATIONS_HEADER
                + kim.digits() + ",ELECTION_FINE,2023-03-01,2025-08-14," + reference + "\n";
        assertThat(upload(api, "/api/v1/registry/disqualifications", admin, "pardon.csv", pardon).status()).isEqualTo(201);
        assertThat(register.disqualificationsInForce(kim, LocalDate.of(2025, 8, 15))).isEmpty();
    }

    @Test
    void invalidDisqualificationNoticesAreAllListed() {
        String file = RegisterFixtures.DISQUALIFICATIONS_HEADER
                + hyphenated(kim) + ",FINE,2023-03-01,2028-02-29,A-1\n"
                + hyphenated(kim) + ",ELECTION_PRISON,2023-03-01,2020-01-01,A-2\n"
                + "991399-1234567,ELECTION_PRISON,2023-03-01,,A-3\n"
                + hyphenated(lee) + ",OTHER_STATUTORY,2023-03-01,,A-4\n"
                + hyphenated(lee) + ",OTHER_STATUTORY,2023-04-01,,A-4\n";
        var response = upload(api, "/api/v1/registry/disqualifications", admin, "bad-dq.csv", file);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errorCount").asInt()).isEqualTo(4);
        assertThat(response.body()).contains("INVALID_CHOICE", "UNTIL_BEFORE_FROM", "INVALID_RRN", "DUPLICATE_IN_FILE")
                .doesNotContain("991399-1234567");
    }
}
