package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Station load for a voter choosing where to go: the stations of one 시도 or 시군구, quietest first, in
 * the open-data API (cacheable, nothing personal), the officials' API, the dashboard's JSON and the public
 * page; an area that is not a 시도 or 시군구 code is refused with problem+json on every JSON endpoint.
 */
@EarlyVotingIntegrationTest
class StationLoadAreaIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    /** The sample's stations (청운효자동, 중앙동) and a third in 사직동 (종로구 too); arrivals in the 15 minutes to 10:10. */
    private record Busy(EarlyVotingFixture.Sample s, String sajikStation) {
    }

    private Busy busyMorning() {
        var s = fixture.sample();
        var created = api.postJson("/api/v1/elections/" + s.election + "/stations", api.tokenFor(Role.ADMIN),
                Map.of("emdCode", SAJIK, "name", "사직동 사전투표소", "address", "서울 종로구 사직로 1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String sajik = created.json().path("code").asString();
        arrivals(s, s.seoulStation, LocalTime.of(10, 5), 40); // 2.7 a minute: above the service rate, "60 min"
        arrivals(s, s.busanStation, LocalTime.of(10, 5), 20); // 1.3 a minute: about a minute
        fixture.at(DAY_1, LocalTime.of(10, 10));
        return new Busy(s, sajik);
    }

    private void arrivals(EarlyVotingFixture.Sample s, String station, LocalTime at, int issued) {
        jdbc.sql("INSERT INTO turnout_station_minutes (election_id, station_code, minute, issued) VALUES (?, ?, ?, ?)")
                .params(s.election.value(), station, Timestamp.from(LocalDateTime.of(DAY_1, at).atZone(KoreaTime.ZONE).toInstant()),
                        issued).update();
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(r -> codes.add(r.path("code").asString()));
        return codes;
    }

    @Test
    void theOpenDataApiListsTheStationsOfAnAreaQuietestFirst() {
        var b = busyMorning();
        var s = b.s();
        String path = "/api/v1/public/turnout/elections/" + s.election + "/stations";

        var jongno = api.get(path + "?area=11110", null);
        assertThat(jongno.status()).as(jongno.toString()).isEqualTo(200);
        assertThat(codes(jongno.json())).as("종로구: 사직동 (no one) before 청운효자동 (busy)")
                .containsExactly(b.sajikStation(), s.seoulStation);
        assertThat(jongno.json().get(0).path("waitMinutes").asInt()).isZero();
        assertThat(jongno.json().get(1).path("waitMinutes").asInt()).isEqualTo(60);
        assertThat(jongno.json().get(1).path("arrivalsLast15").asLong()).isEqualTo(40);
        assertThat(codes(api.get(path + "?area=11", null).json())).as("서울 as a whole")
                .containsExactly(b.sajikStation(), s.seoulStation);
        assertThat(codes(api.get(path + "?area=26110", null).json())).containsExactly(s.busanStation);
        assertThat(codes(api.get(path, null).json())).as("without an area: every station, still quietest first")
                .containsExactly(b.sajikStation(), s.busanStation, s.seoulStation);
        assertThat(api.get(path + "?area=50", null).json().size()).as("a 시도 without stations").isZero();

        // Cache-friendly: public, short-lived, an ETag per answer, 304 when unchanged.
        assertThat(jongno.header("Cache-Control")).contains("public").contains("max-age=30");
        String etag = jongno.header("ETag");
        assertThat(etag).isNotBlank().isNotEqualTo(api.get(path + "?area=26110", null).header("ETag"));
        assertThat(api.send(api.request(path + "?area=11110", null).header("If-None-Match", etag).GET()).status()).isEqualTo(304);

        // Nothing but the station and its load.
        Set<String> fields = new TreeSet<>();
        jongno.json().get(0).propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("address", "arrivalsLast15", "code", "emdCode", "name", "perMinute", "waitMinutes");

        // The officials' API takes the same filter.
        String observer = api.tokenFor(Role.OBSERVER);
        assertThat(codes(api.get("/api/v1/turnout/elections/" + s.election + "/stations/load?area=11110", observer).json()))
                .containsExactly(b.sajikStation(), s.seoulStation);
    }

    @Test
    void anAreaThatIsNotASidoOrSigunguCodeIsRefused() {
        var s = fixture.sample();
        for (String bad : List.of("1111", "111105", "abcde", "11-11")) {
            var refused = api.get("/api/v1/public/turnout/elections/" + s.election + "/stations?area=" + bad, null);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.problemCode()).isEqualTo("TURNOUT_INVALID_AREA");
            assertThat(refused.json().path("area").asString()).isEqualTo(bad);
        }
        var officials = api.get("/api/v1/turnout/elections/" + s.election + "/stations/load?area=1", api.tokenFor(Role.OBSERVER));
        assertThat(officials.problemCode()).isEqualTo("TURNOUT_INVALID_AREA");
        var korean = api.send(api.request("/api/v1/public/turnout/elections/" + s.election + "/stations?area=1111", null)
                .header("Accept-Language", "ko-KR").GET());
        assertThat(korean.json().path("title").asString()).isEqualTo("지역 코드 오류");
    }

    /** The dashboard's session cookie of a new observer. */
    private String observerSession() {
        String username = "load-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username, Role.OBSERVER, null, "a-very-good-password");
        return api.signIn(username, "a-very-good-password");
    }

    /** As the dashboard's script asks for its JSON. */
    private ApiClient.Response dashboardJson(String path, String session) {
        return api.send(api.request(path, null).header("Cookie", session).header("Accept", "application/json").GET());
    }

    private static void assertInvalidArea(ApiClient.Response refused, String area) {
        assertThat(refused.status()).as(area + ": " + refused).isEqualTo(422);
        assertThat(refused.header("Content-Type")).as(area).startsWith("application/problem+json");
        assertThat(refused.problemCode()).as(area).isEqualTo("TURNOUT_INVALID_AREA");
        assertThat(refused.json().path("area").asString()).isEqualTo(area);
    }

    @Test
    void theDashboardsJsonRefusesABadAreaWithProblemJson() {
        var s = fixture.sample();
        String session = observerSession();
        String path = "/turnout/" + s.election + "/load.json?area=";
        for (String bad : List.of("1111", "abcde", "11-11")) {
            assertInvalidArea(dashboardJson(path + bad, session), bad);
        }
        var jongno = dashboardJson(path + "11110", session);
        assertThat(jongno.status()).as(jongno.toString()).isEqualTo(200);
        assertThat(codes(jongno.json())).containsExactly(s.seoulStation);

        // Its other JSON answers problem+json too, not the HTML error page.
        var noElection = dashboardJson("/turnout/" + UUID.randomUUID() + "/load.json?area=11", session);
        assertThat(noElection.status()).isEqualTo(404);
        assertThat(noElection.problemCode()).isEqualTo("TURNOUT_ELECTION_NOT_FOUND");
        assertThat(dashboardJson("/turnout/" + UUID.randomUUID() + "/live.json", session).problemCode())
                .isEqualTo("TURNOUT_ELECTION_NOT_FOUND");
        var noJob = dashboardJson("/turnout/list-jobs/" + UUID.randomUUID() + ".json", session);
        assertThat(noJob.status()).isEqualTo(404);
        assertThat(noJob.problemCode()).isEqualTo("TURNOUT_LIST_JOB_NOT_FOUND");

        // The public page keeps its page error, with the refusal's status and words (not a 500).
        var page = api.send(api.request("/public/turnout?election=" + s.election + "&area=abcde", null)
                .header("Accept", "text/html").header("Accept-Language", "en").GET());
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("The area abcde is not a 2-digit province");
        var korean = api.send(api.request("/public/turnout?election=" + s.election + "&area=abcde", null)
                .header("Accept", "text/html").header("Accept-Language", "ko").GET());
        assertThat(korean.status()).isEqualTo(422);
        assertThat(korean.body()).contains("abcde은(는) 2자리 시도 코드나 5자리 시군구 코드가 아닙니다.");
    }

    @Test
    void anAreaCodeThatNamesNoSidoOrSigunguIsRefusedOnEveryJsonEndpoint() {
        var s = fixture.sample();
        String observer = api.tokenFor(Role.OBSERVER);
        String session = observerSession();
        for (String unknown : List.of("99", "11999", "00000")) {
            assertInvalidArea(api.get("/api/v1/public/turnout/elections/" + s.election + "/stations?area=" + unknown, null), unknown);
            assertInvalidArea(api.get("/api/v1/turnout/elections/" + s.election + "/stations/load?area=" + unknown, observer), unknown);
            assertInvalidArea(dashboardJson("/turnout/" + s.election + "/load.json?area=" + unknown, session), unknown);
        }
        // A 시도 or 시군구 of the division table where the election has no station is an empty list, not an error.
        for (String quiet : List.of("50", "26140")) {
            var none = api.get("/api/v1/public/turnout/elections/" + s.election + "/stations?area=" + quiet, null);
            assertThat(none.status()).as(quiet + ": " + none).isEqualTo(200);
            assertThat(none.json().size()).isZero();
            assertThat(dashboardJson("/turnout/" + s.election + "/load.json?area=" + quiet, session).json().size()).isZero();
        }
    }

    @Test
    void thePublicPageShowsTheChosenAreasStationsQuietestFirst() {
        var b = busyMorning();
        var s = b.s();
        var first = api.send(api.request("/public/turnout?election=" + s.election, null).header("Accept-Language", "ko-KR").GET());
        assertThat(first.status()).isEqualTo(200);
        String page = first.body();
        assertThat(page).as("nothing listed until an area is chosen").contains("public-load-choose")
                .doesNotContain("중앙동 사전투표소").doesNotContain("사직동 사전투표소");
        assertThat(page).as("the areas with stations are offered").contains("value=\"11110\"").contains("value=\"26\"");

        var chosen = api.send(api.request("/public/turnout?election=" + s.election + "&area=11110", null)
                .header("Accept-Language", "ko-KR").GET());
        String jongno = chosen.body();
        assertThat(chosen.header("Cache-Control")).contains("public");
        assertThat(jongno).contains("종로구: 예상 대기시간이 짧은 사전투표소부터").doesNotContain("중앙동 사전투표소");
        assertThat(jongno.indexOf("data-station=\"" + b.sajikStation() + "\""))
                .as("사직동 first").isPositive().isLessThan(jongno.indexOf("data-station=\"" + s.seoulStation + "\""));
        assertThat(chosen.header("ETag")).isNotEqualTo(first.header("ETag"));
    }
}
