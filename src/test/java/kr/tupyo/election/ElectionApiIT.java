package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Elections, calendar edits and eligibility rules over HTTP, with who may do what. */
@TupyoIntegrationTest
class ElectionApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;
    @Autowired
    Elections elections;

    String admin() {
        return api.tokenFor(Role.ADMIN);
    }

    JsonNode create(String type, String name, String day) {
        var response = api.postJson("/api/v1/elections", admin(), Map.of("type", type, "name", name, "electionDay", day));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    @Test
    void adminCreatesAnElectionWithItsStatutoryCalendar() {
        JsonNode created = create("PRESIDENTIAL", "제21대 대통령선거 " + UUID.randomUUID(), "2025-06-03");
        String id = created.path("id").asString();
        JsonNode calendar = api.get("/api/v1/elections/" + id, api.tokenFor(Role.OBSERVER)).json().path("calendar");
        assertThat(calendar.path("referenceDate").asString()).isEqualTo("2025-05-06");
        assertThat(calendar.path("inspection").path("first").asString()).isEqualTo("2025-05-11");
        assertThat(calendar.path("finalisationDate").asString()).isEqualTo("2025-05-22");
        assertThat(calendar.path("earlyVoting").path("last").asString()).isEqualTo("2025-05-30");
        assertThat(elections.find(ElectionId.of(id))).hasValueSatisfying(e ->
                assertThat(e.calendar()).isEqualTo(ElectionCalendar.statutory(ElectionType.PRESIDENTIAL,
                        java.time.LocalDate.of(2025, 6, 3))));
        assertThat(api.get("/api/v1/elections", api.tokenFor(Role.STATION_OPERATOR)).body()).contains(id);
        assertThat(lastAudit("election:" + id)).isEqualTo("ELECTION_CREATED");
    }

    @Test
    void onlyAnAdminCreatesElections() {
        for (Role role : List.of(Role.ROLL_OFFICER, Role.OBSERVER, Role.STATION_SUPERVISOR, Role.VISITS_OFFICER)) {
            var response = api.postJson("/api/v1/elections", api.tokenFor(role),
                    Map.of("type", "LOCAL", "name", "x", "electionDay", "2026-06-03"));
            assertThat(response.status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/elections", null).status()).isEqualTo(401);
    }

    @Test
    void refusesAnElectionWithoutAValidTypeOrDay() {
        var badType = api.postJson("/api/v1/elections", admin(), Map.of("type", "MAYORAL", "name", "x", "electionDay", "2026-06-03"));
        assertThat(badType.status()).isEqualTo(400);
        var noDay = api.postJson("/api/v1/elections", admin(), Map.of("type", "LOCAL", "name", "x"));
        assertThat(noDay.problemCode()).isEqualTo("VALIDATION_FAILED");
        String name = "제9회 지방선거 " + UUID.randomUUID();
        create("LOCAL", name, "2026-06-03");
        var twice = api.postJson("/api/v1/elections", admin(), Map.of("type", "LOCAL", "name", name, "electionDay", "2026-06-03"));
        assertThat(twice.problemCode()).isEqualTo("INVALID_ELECTION");
    }

    @Test
    void adminMovesCalendarDatesWithAReasonAndTheHistoryIsKept() {
        String id = create("NATIONAL_ASSEMBLY", "제22대 국회의원선거 " + UUID.randomUUID(), "2024-04-10").path("id").asString();
        var edited = api.postJson("/api/v1/elections/" + id + "/calendar", admin(), Map.of(
                "dates", Map.of("EARLY_VOTING_OPENS", "07:00", "INSPECTION_LAST", "2024-03-27"),
                "reason", "관보 공고 정정"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("calendar").path("inspection").path("last").asString()).isEqualTo("2024-03-27");
        var history = api.get("/api/v1/elections/" + id + "/calendar/changes", api.tokenFor(Role.OBSERVER)).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.toString()).contains("관보 공고 정정", "2024-03-26", "2024-03-27", "06:00", "07:00");
        assertThat(lastAudit("election:" + id)).isEqualTo("CALENDAR_DATE_CHANGED");
        assertThat(elections.find(ElectionId.of(id)).orElseThrow().calendar().earlyVotingOpens())
                .isEqualTo(java.time.LocalTime.of(7, 0));
    }

    @Test
    void refusesCalendarEditsWithoutReasonOrOutOfOrder() {
        String id = create("BY_ELECTION", "재보궐선거 " + UUID.randomUUID(), "2025-04-02").path("id").asString();
        String path = "/api/v1/elections/" + id + "/calendar";
        var noReason = api.postJson(path, admin(), Map.of("dates", Map.of("FINALISATION_DATE", "2025-03-22"), "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        var afterEarlyVoting = api.postJson(path, admin(), Map.of(
                "dates", Map.of("FINALISATION_DATE", "2025-03-28"), "reason", "잘못된 변경"));
        assertThat(afterEarlyVoting.problemCode()).isEqualTo("CALENDAR_ORDER_BROKEN");
        var notADate = api.postJson(path, admin(), Map.of("dates", Map.of("REFERENCE_DATE", "11 March"), "reason", "x"));
        assertThat(notADate.problemCode()).isEqualTo("CALENDAR_ORDER_BROKEN");
        var byObserver = api.postJson(path, api.tokenFor(Role.OBSERVER), Map.of(
                "dates", Map.of("FINALISATION_DATE", "2025-03-20"), "reason", "x"));
        assertThat(byObserver.status()).isEqualTo(403);
        assertThat(api.get(path + "/changes", admin()).json().size()).isZero();
    }

    @Test
    void eligibilityRulesAreReadableAsData() {
        String id = create("LOCAL", "지방선거 " + UUID.randomUUID(), "2026-06-03").path("id").asString();
        var rules = api.get("/api/v1/elections/" + id + "/eligibility-rules", api.tokenFor(Role.ROLL_OFFICER));
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().path("bornOnOrBefore").asString()).isEqualTo("2008-06-04");
        assertThat(rules.json().path("permanentResidenceOnOrBefore").asString()).isEqualTo("2023-05-12");
        assertThat(rules.json().path("residenceTypes").toString()).contains("FOREIGN_RESIDENT");
        assertThat(api.get("/api/v1/elections/" + id + "/eligibility-rules", api.tokenFor(Role.STATION_OPERATOR)).status())
                .isEqualTo(403);
    }

    @Test
    void unknownElectionIsNotFound() {
        var response = api.get("/api/v1/elections/" + UUID.randomUUID(), admin());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemCode()).isEqualTo("ELECTION_NOT_FOUND");
    }

    String lastAudit(String target) {
        auditEntries.chainPending();
        return jdbc.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY seq DESC LIMIT 1")
                .param(target).query(String.class).single();
    }
}
