package kr.tupyo.roll;

import static kr.tupyo.registry.RegisterFixtures.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An omission objection in a by-election, through the HTTP API during the inspection period (decision 044, second
 * session-6 addendum): for someone who lives where none of its contests is held for them, it is refused at filing and
 * nothing is stored; one still pending from before filing refused it cannot be accepted. Both answer 422
 * {@code ROLL_OBJECTION_NOT_APPLICABLE} with {@code why} {@code OUTSIDE_ELECTION_AREA}, and the list does not change; the
 * pending one is rejected with a reason instead. The by-election fills a council seat in 사직동 and the National Assembly
 * seat of 대구 달서구, so a resident of 청운효자동 has no contest, and a foreign permanent resident of 두류1동 has none
 * either (only the seat is contested there); a disqualified resident of 사직동 can be added.
 */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ByElectionObjectionIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;

    RollFixtures fx;

    @BeforeAll
    void compiledDuringInspection() {
        fx = new RollFixtures(api, jdbc, true, "BY_ELECTION").build();
        fx.contest("METROPOLITAN_COUNCIL_CONSTITUENCY", "종로구제1선거구", SAJIK);
        fx.contest("NATIONAL_ASSEMBLY_CONSTITUENCY", "대구 달서구갑", "27290");
        fx.compile();
    }

    String base() {
        return "/api/v1/elections/" + fx.electionId + "/roll";
    }

    @Test
    void anOmissionObjectionForSomeoneOutsideTheAreaIsRefusedAtFilingAndNothingIsStored() {
        assertThat(exclusion("가경계")).as("청운효자동: no contest").isEqualTo("OUTSIDE_ELECTION_AREA");
        assertThat(exclusion("Foreign3y")).as("두류1동 holds only the seat").isEqualTo("NOT_NATIONAL");
        for (String who : List.of("가경계", "Foreign3y")) {
            long objections = objectionsFor(who);
            List<String> before = list();

            var refused = file(who, "ko");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.problemCode()).as("the code of the accept path").isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
            assertThat(refused.json().path("why").asString()).isEqualTo("OUTSIDE_ELECTION_AREA");
            assertThat(refused.json().path("detail").asString()).contains("실시되지 않으므로");
            var english = file(who, "en");
            assertThat(english.status()).isEqualTo(422);
            assertThat(english.json().path("detail").asString()).as("words for the one filing: there is nothing to reject")
                    .startsWith("The objection has not been filed, as it could never be accepted: ")
                    .contains("no contest of this election is held where the person lives").doesNotContain("Reject it");

            assertThat(objectionsFor(who)).as(who + ": no objection stored").isEqualTo(objections);
            assertThat(list()).as(who + ": the list, its tallies and its digest are as they were").isEqualTo(before);
        }
    }

    @Test
    void anOmissionObjectionPendingForSomeoneOutsideTheAreaCannotBeAcceptedAndChangesNothing() {
        for (String who : List.of("가경계", "Foreign3y")) {
            String objection = pendingOmission(who);
            List<String> before = list();

            var refused = decide(objection, true, "ko");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.problemCode()).as("problem+json with a stable code").isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
            assertThat(refused.json().path("why").asString()).isEqualTo("OUTSIDE_ELECTION_AREA");
            assertThat(refused.json().path("detail").asString()).contains("실시되지 않으므로").doesNotContain("OUTSIDE_ELECTION_AREA");
            var english = decide(objection, true, "en");
            assertThat(english.problemCode()).isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
            assertThat(english.json().path("detail").asString())
                    .contains("no contest of this election is held where the person lives").endsWith("Reject it with a reason.");

            assertThat(list()).as(who + ": the list, its tallies and its digest are as they were").isEqualTo(before);
            assertThat(exclusion(who)).isIn("OUTSIDE_ELECTION_AREA", "NOT_NATIONAL");
            assertThat(objection(objection).path("status").asString()).as("still to be decided").isEqualTo("PENDING");

            var rejected = decide(objection, false, "ko");
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
            assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
            assertThat(list()).isEqualTo(before);
        }

        assertThat(exclusion("사자격없음")).isEqualTo("DISQUALIFIED");
        String inside = fileOmission("사자격없음");
        var accepted = decide(inside, true, "ko");
        assertThat(accepted.status()).as("inside the area the same objection is accepted: " + accepted).isEqualTo(200);
        assertThat(exclusion("사자격없음")).isEqualTo("ON_LIST");
        assertThat(fx.roll().path("excludedByReason").path("OUTSIDE_ELECTION_AREA").asLong()).isPositive();
    }

    String fileOmission(String who) {
        var filed = file(who, "ko");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("status").asString()).isEqualTo("PENDING");
        return filed.json().path("id").asString();
    }

    ApiClient.Response file(String who, String language) {
        String body = "{\"kind\":\"OMISSION\",\"rrn\":\"" + RegisterFixtures.hyphenated(fx.people.get(fx.name(who)))
                + "\",\"claim\":\"선거인명부에 빠져 있습니다\"}";
        return api.send(api.request(base() + "/objections", fx.officer)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * An omission objection pending from before filing refused one outside the area (filed under an earlier release),
     * stored as filing stores it.
     */
    String pendingOmission(String who) {
        UUID id = UUID.randomUUID();
        ResidentRegistrationNumber rrn = fx.people.get(fx.name(who));
        jdbc.sql("""
                INSERT INTO roll_objections (id, election_id, kind, rrn_lookup, rrn_masked, claim, filed_by, status)
                VALUES (?, ?::uuid, 'OMISSION', ?, ?, '선거인명부에 빠져 있습니다', 'by-election-objection-it', 'PENDING')""")
                .params(id, fx.electionId, protection.lookupHash(rrn.digits()), rrn.masked()).update();
        return id.toString();
    }

    /** The objections stored for the person in this election. */
    long objectionsFor(String who) {
        return jdbc.sql("SELECT count(*) FROM roll_objections WHERE election_id = ?::uuid AND rrn_lookup = ?")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits())).query(Long.class).single();
    }

    ApiClient.Response decide(String objection, boolean accept, String language) {
        String body = "{\"accept\":" + accept + ",\"reason\":\"" + (accept ? "명부 누락 확인" : "선거구역 밖에 거주") + "\"}";
        return api.send(api.request(base() + "/objections/" + objection + "/decision", fx.officer)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode objection(String id) {
        return api.get(base() + "/objections", fx.officer).json().valueStream()
                .filter(o -> o.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    /** The person's exclusion reason, or ON_LIST. */
    String exclusion(String who) {
        return jdbc.sql("SELECT coalesce(exclusion, 'ON_LIST') FROM roll_entries WHERE election_id = ?::uuid AND rrn_lookup = ?")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits())).query(String.class).single();
    }

    /** The list's row (counts, digest), its tallies and a hash of its entries, as text. */
    List<String> list() {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("SELECT v::text FROM voters_lists v WHERE election_id = ?::uuid",
                "SELECT t::text FROM roll_tallies t WHERE election_id = ?::uuid ORDER BY 1",
                "SELECT md5(string_agg(e::text, E'\\n' ORDER BY e.id)) FROM roll_entries e WHERE election_id = ?::uuid")) {
            rows.addAll(jdbc.sql(sql).param(fx.electionId).query(String.class).list());
        }
        return rows;
    }
}
