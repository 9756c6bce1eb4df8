package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.roll.internal.Inspection;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inspection (열람) and objections (이의신청) on an election whose inspection period is open today. */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollInspectionIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;
    @Autowired
    Inspection inspection;
    @Autowired
    Elections elections;
    @Autowired
    PersonalDataProtection protection;

    RollFixtures fx;

    @BeforeAll
    void compiled() {
        fx = new RollFixtures(api, jdbc, true).build();
        fx.compile();
    }

    /** Posts the public form as a browser would: session cookie and CSRF token from the page first. */
    ApiClient.Response post(String path, Map<String, String> fields) {
        return api.postPublicForm("/inspection", path, fields);
    }

    String rrn(String who) {
        return kr.tupyo.registry.RegisterFixtures.hyphenated(fx.people.get(fx.name(who)));
    }

    @Test
    @Order(1)
    void theInspectionPageIsPublicAndShowsOnlyTheCallersOwnEntry() {
        var page = api.get("/inspection", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(fx.tag);

        var mine = post("/inspection", Map.of("election", fx.electionId, "name", fx.name("가경계"), "rrn", rrn("가경계")));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("id=\"entry-precinct\"").contains(fx.name("가경계")).contains("청운효자동제")
                .contains("id=\"entry-polling-place\"");
        assertThat(mine.body()).doesNotContain(fx.name("차주민0")).doesNotContain(fx.name("다전날이사"))
                .doesNotContain(rrn("가경계"));

        var wrongName = post("/inspection", Map.of("election", fx.electionId, "name", fx.name("차주민0"), "rrn", rrn("가경계")));
        assertThat(wrongName.body()).doesNotContain("id=\"entry-precinct\"").doesNotContain(fx.name("가경계"));

        var excluded = post("/inspection", Map.of("election", fx.electionId, "name", fx.name("나하루늦음"), "rrn", rrn("나하루늦음")));
        assertThat(excluded.body()).contains("id=\"entry-excluded\"");

        auditEntries.chainPending();
        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ROLL_INSPECTED' AND target = ?")
                .param("election:" + fx.electionId).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(3);
        long leaked = jdbc.sql("SELECT count(*) FROM audit_log WHERE details::text LIKE ?")
                .param("%" + fx.people.get(fx.name("가경계")).digits().substring(6) + "%").query(Long.class).single();
        assertThat(leaked).as("no registration number in clear in the audit log").isZero();
    }

    @Test
    @Order(2)
    void lookUpsAreRateLimitedPerCaller() {
        var election = elections.find(ElectionId.of(fx.electionId)).orElseThrow();
        var number = fx.people.get(fx.name("가경계"));
        Inspection.Result last = null;
        for (int i = 0; i < 11; i++) {
            last = inspection.lookUp(election, fx.name("가경계"), number, "203.0.113." + fx.tag.hashCode());
        }
        assertThat(last).isInstanceOf(Inspection.Result.Throttled.class);
    }

    @Test
    @Order(3)
    void anAcceptedObjectionChangesTheDraftAndFinalisationWaitsForDecisions() {
        String base = "/api/v1/elections/" + fx.electionId + "/roll";
        long votersBefore = fx.roll().path("voters").asLong();
        String digestBefore = fx.roll().path("digest").asString();

        var filed = api.postJson(base + "/objections", fx.officer, Map.of("kind", "INELIGIBLE_ENTRY",
                "rrn", rrn("차주민0"), "claim", "주소지에 거주하지 않음"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        var citizen = post("/inspection/objection", Map.of("election", fx.electionId, "name", fx.name("나하루늦음"),
                "rrn", rrn("나하루늦음"), "kind", "OMISSION", "claim", "선거일에 18세가 됩니다"));
        assertThat(citizen.status()).isEqualTo(200);
        var objections = api.get(base + "/objections", fx.officer).json();
        assertThat(objections.size()).isEqualTo(2);
        assertThat(objections.get(1).path("filedBy").asString()).isEqualTo("citizen");

        var refused = api.postJson(base + "/finalise", fx.officer, "{}");
        assertThat(refused.problemCode()).isEqualTo("ROLL_OBJECTIONS_PENDING");

        var accepted = api.postJson(base + "/objections/" + objections.get(0).path("id").asString() + "/decision",
                fx.officer, Map.of("accept", true, "reason", "현장 확인 결과 거주하지 않음"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        var rejected = api.postJson(base + "/objections/" + objections.get(1).path("id").asString() + "/decision",
                fx.officer, Map.of("accept", false, "reason", "생년월일상 선거일에 18세 미만"));
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        var twice = api.postJson(base + "/objections/" + objections.get(1).path("id").asString() + "/decision",
                fx.officer, Map.of("accept", true, "reason", "again"));
        assertThat(twice.problemCode()).isEqualTo("ROLL_OBJECTION_DECIDED");

        var roll = fx.roll();
        assertThat(roll.path("voters").asLong()).isEqualTo(votersBefore - 1);
        assertThat(roll.path("excludedByReason").path("REMOVED_BY_OBJECTION").asLong()).isEqualTo(1);

        var finalised = fx.finalise();
        assertThat(finalised.path("status").asString()).isEqualTo("FINALISED");
        assertThat(finalised.path("digest").asString()).isNotEqualTo(digestBefore);
        var late = api.postJson(base + "/objections", fx.officer, Map.of("kind", "OMISSION", "rrn", rrn("가경계"), "claim", "x"));
        assertThat(late.problemCode()).isEqualTo("ROLL_ALREADY_FINALISED");
    }
}
