package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An omission objection that accepting would refuse is refused when it is filed, with the refusal accepting would
 * give (422 {@code ROLL_OBJECTION_NOT_APPLICABLE}, {@code why} {@code NOT_ON_REGISTER} or {@code ALREADY_ON_LIST}; for
 * the other kinds {@code NOT_ON_LIST} or {@code NOT_ON_REGISTER}) in
 * words for the one filing, and nothing is stored; accepting still checks, as the list may change in between. The
 * public inspection form refuses it too, and says the same whatever the register holds to a caller whose name and
 * number match no entry; the officer's page says why (decision 044, addendum on refusals at filing). A general election
 * with its inspection open.
 */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OmissionObjectionIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditEntries audit;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    StaffAccounts accounts;

    RollFixtures fx;

    @BeforeAll
    void compiledDuringInspection() {
        fx = new RollFixtures(api, jdbc, true).build();
        fx.compile();
    }

    @Test
    void anOmissionThatCouldNeverBeAcceptedIsRefusedAtFilingAndNothingIsStored() {
        assertThat(exclusion("가경계")).isEqualTo("ON_LIST");
        Map<String, String> whys = new LinkedHashMap<>();
        whys.put(rrn("가경계"), "ALREADY_ON_LIST");
        whys.put(stranger(), "NOT_ON_REGISTER");
        List<String> before = stored();

        whys.forEach((number, why) -> {
            var refused = file(number, "en");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.problemCode()).as("the code of the accept path").isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
            assertThat(refused.json().path("why").asString()).isEqualTo(why);
            assertThat(refused.json().path("detail").asString()).as("words for the one filing, not for the officer deciding")
                    .startsWith("The objection has not been filed, as it could never be accepted: ")
                    .doesNotContain("Reject it");
            assertThat(file(number, "ko").json().path("why").asString()).isEqualTo(why);
        });
        assertThat(file(rrn("가경계"), "en").json().path("detail").asString())
                .isEqualTo("The objection has not been filed, as it could never be accepted: the person is already on the list.");

        assertThat(stored()).as("no objection, no audit entry, the list as it was").isEqualTo(before);
    }

    /** The other kinds too: an ineligible entry only for someone on the list, any objection only for someone on the register. */
    @Test
    void theOtherKindsThatCouldNeverBeAcceptedAreRefusedAtFilingToo() {
        assertThat(exclusion("나하루늦음")).isEqualTo("UNDER_AGE");
        List<String> before = stored();
        Map<List<String>, String> whys = new LinkedHashMap<>();
        whys.put(List.of("INELIGIBLE_ENTRY", rrn("나하루늦음")), "NOT_ON_LIST");
        whys.put(List.of("INELIGIBLE_ENTRY", stranger()), "NOT_ON_REGISTER");
        whys.put(List.of("WRONG_DETAILS", stranger()), "NOT_ON_REGISTER");
        whys.forEach((filing, why) -> {
            var refused = file(filing.get(0), filing.get(1), "en");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.problemCode()).isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
            assertThat(refused.json().path("why").asString()).as(filing.get(0)).isEqualTo(why);
            assertThat(refused.json().path("detail").asString())
                    .startsWith("The objection has not been filed, as it could never be accepted: ");
        });
        assertThat(stored()).as("no objection, no audit entry, the list as it was").isEqualTo(before);
    }

    @Test
    void acceptingStillChecksForTheListMayHaveChangedSinceFiling() {
        assertThat(exclusion("사자격없음")).isEqualTo("DISQUALIFIED");
        String first = filed(rrn("사자격없음"));
        String second = filed(rrn("사자격없음"));
        assertThat(decide(first, true, "en").status()).isEqualTo(200);
        assertThat(exclusion("사자격없음")).isEqualTo("ON_LIST");

        var refused = decide(second, true, "en");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("ROLL_OBJECTION_NOT_APPLICABLE");
        assertThat(refused.json().path("why").asString()).isEqualTo("ALREADY_ON_LIST");
        assertThat(refused.json().path("detail").asString()).as("the officer deciding is told what to do")
                .isEqualTo("The objection cannot be accepted as filed: the person is already on the list. Reject it with a reason.");
        assertThat(decide(second, false, "en").json().path("status").asString()).isEqualTo("REJECTED");

        assertThat(file(rrn("사자격없음"), "en").json().path("why").asString())
                .as("now that the person is on the list, a third is not filed").isEqualTo("ALREADY_ON_LIST");
    }

    @Test
    void theInspectionFormRefusesItTooAndSaysNothingAboutANumberWhoseNameDoesNotMatch() {
        // The public form's look-ups from this machine share one rate limit with the other tests'.
        jdbc.sql("DELETE FROM roll_inspection_attempts").update();
        assertThat(exclusion("나하루늦음")).as("an omission for them would be filed").isEqualTo("UNDER_AGE");
        List<String> before = stored();

        var listed = object(fx.name("가경계"), rrn("가경계"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("인용될 수 없는 이의신청이므로 접수하지 않았습니다: 이미 명부에 올라 있습니다.")
                .doesNotContain("기각하십시오");

        String notFound = "성명과 주민등록번호가 일치하는 명부 내용이 없어 누락 이의신청을 접수할 수 없습니다.";
        for (String number : List.of(rrn("가경계"), rrn("나하루늦음"), stranger())) {
            var answer = object(fx.name("차주민0"), number);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).as("listed, excluded or unknown: one answer").contains(notFound)
                    .doesNotContain("이미 명부에 올라 있습니다").doesNotContain("주민등록표에 없는").doesNotContain("접수했습니다");
        }

        assertThat(stored()).as("no objection, no audit entry, the list as it was").isEqualTo(before);
    }

    @Test
    void theOfficersPageSaysWhyItWasNotFiled() {
        String officer = "omission-" + fx.tag;
        accounts.create(officer, officer, Role.ROLL_OFFICER, null, "a-very-good-password");
        String session = api.signIn(officer, "a-very-good-password");
        String page = "/roll/" + fx.electionId;
        Matcher csrf = ApiClient.CSRF.matcher(api.send(api.request(page, null).header("Cookie", session).GET()).body());
        assertThat(csrf.find()).isTrue();
        List<String> before = stored();

        var posted = api.send(api.request(page + "/objections", null).header("Cookie", session)
                .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&kind=OMISSION&rrn="
                        + stranger() + "&claim=missing")));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(302);
        var shown = api.send(api.request(page, null).header("Cookie", session).header("Accept-Language", "en").GET());
        assertThat(shown.body()).contains("The objection has not been filed, as it could never be accepted: "
                + "the person was not on the resident register on the reference date of the list.");

        assertThat(stored()).isEqualTo(before);
    }

    String rrn(String who) {
        return RegisterFixtures.hyphenated(fx.people.get(fx.name(who)));
    }

    /** A valid number that is not on the register the list was compiled from. */
    String stranger() {
        return RegisterFixtures.hyphenated(fx.numbers.of(LocalDate.of(1980, 1, 1), Sex.F, false));
    }

    String base() {
        return "/api/v1/elections/" + fx.electionId + "/roll";
    }

    ApiClient.Response file(String number, String language) {
        return file("OMISSION", number, language);
    }

    ApiClient.Response file(String kind, String number, String language) {
        String body = "{\"kind\":\"" + kind + "\",\"rrn\":\"" + number + "\",\"claim\":\"선거인명부가 틀립니다\"}";
        return api.send(api.request(base() + "/objections", fx.officer)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String filed(String number) {
        var filed = file(number, "en");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().path("id").asString();
    }

    ApiClient.Response decide(String objection, boolean accept, String language) {
        String body = "{\"accept\":" + accept + ",\"reason\":\"" + (accept ? "명부 누락 확인" : "이미 명부에 있음") + "\"}";
        return api.send(api.request(base() + "/objections/" + objection + "/decision", fx.officer)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An omission objection through the public form, as a browser posts it (in Korean: no Accept-Language). */
    ApiClient.Response object(String name, String number) {
        return api.postPublicForm("/inspection", "/inspection/objection", Map.of("election", fx.electionId, "name", name,
                "rrn", number, "kind", "OMISSION", "claim", "명부에 없습니다"));
    }

    /** The person's exclusion reason, or ON_LIST. */
    String exclusion(String who) {
        return jdbc.sql("SELECT coalesce(exclusion, 'ON_LIST') FROM roll_entries WHERE election_id = ?::uuid AND rrn_lookup = ?")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits())).query(String.class).single();
    }

    /** The election's objections, their filing audit entries, the list's row, tallies and a hash of its entries. */
    List<String> stored() {
        audit.chainPending();
        List<String> rows = new ArrayList<>();
        rows.add(jdbc.sql("SELECT count(*)::text FROM roll_objections WHERE election_id = ?::uuid")
                .param(fx.electionId).query(String.class).single());
        rows.add(jdbc.sql("SELECT count(*)::text FROM audit_log WHERE action = 'ROLL_OBJECTION_FILED' AND details::text LIKE ?")
                .param("%" + fx.electionId + "%").query(String.class).single());
        for (String sql : List.of("SELECT v::text FROM voters_lists v WHERE election_id = ?::uuid",
                "SELECT t::text FROM roll_tallies t WHERE election_id = ?::uuid ORDER BY 1",
                "SELECT md5(string_agg(e::text, E'\\n' ORDER BY e.id)) FROM roll_entries e WHERE election_id = ?::uuid")) {
            rows.addAll(jdbc.sql(sql).param(fx.electionId).query(String.class).list());
        }
        return rows;
    }
}
