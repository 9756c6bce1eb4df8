package kr.tupyo.turnout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffTokens;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Precinct officials enter their own precinct's election-day turnout with a token bound to that
 * precinct: their entries and corrections are accepted, another precinct is refused (403
 * {@code OTHER_PRECINCT}), a count below an earlier hour's (or above a later hour's) is refused, and
 * the officials' live figures and the public figures add the entries to the turnout.
 */
@EarlyVotingIntegrationTest
class ElectionDayTurnoutEntryIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    StaffTokens tokens;

    /** The sample election with three precincts (two in 서울 종로구 청운효자동, one in 부산 중구 중앙동), by name. */
    private Map<String, Long> precincts(EarlyVotingFixture.Sample s) {
        String admin = api.tokenFor(Role.ADMIN);
        var upload = RegistryUploads.upload(api, "/api/v1/elections/" + s.election + "/precincts", admin, "precincts.csv", """
                sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters
                서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170
                서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,1792,1155
                부산광역시,중구,26110,중앙동,2611051000,중앙동제1투,848,414
                """);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode p : api.get("/api/v1/elections/" + s.election + "/precincts", admin).json()) {
            ids.put(p.path("name").asString(), p.path("id").asLong());
        }
        assertThat(ids).hasSize(3);
        return ids;
    }

    private String officialOf(long precinct) {
        return tokens.create("precinct-terminal-" + UUID.randomUUID(), Role.PRECINCT_OFFICIAL, null, precinct, "test").token();
    }

    private ApiClient.Response enter(EarlyVotingFixture.Sample s, String token, long precinct, int hour, long voters) {
        return api.postJson("/api/v1/turnout/elections/" + s.election + "/election-day/entries", token,
                Map.of("precinctId", precinct, "hour", hour, "voters", voters));
    }

    @Test
    void aPrecinctOfficialEntersAndCorrectsTheirOwnPrecinctOnly() {
        var s = fixture.sample();
        Map<String, Long> p = precincts(s);
        long first = p.get("청운효자동제1투");
        long second = p.get("청운효자동제2투");
        String official = officialOf(first);
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(10, 5));

        assertThat(enter(s, official, first, 7, 40).status()).isEqualTo(201);
        var entered = enter(s, official, first, 9, 120);
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().path("precinctName").asString()).isEqualTo("청운효자동제1투");
        assertThat(enter(s, official, first, 9, 110).status()).as("a correction of 09:00").isEqualTo(201);

        JsonNode day = api.get("/api/v1/turnout/elections/" + s.election + "/election-day/precincts/" + first, official).json();
        assertThat(day.path("hours").size()).as("06:00 to 20:00").isEqualTo(15);
        assertThat(day.path("hours").get(7 - 6).path("voters").asLong()).isEqualTo(40);
        assertThat(day.path("hours").get(8 - 6).path("voters").isNull()).isTrue();
        assertThat(day.path("hours").get(9 - 6).path("voters").asLong()).isEqualTo(110);
        assertThat(day.path("hours").get(9 - 6).path("entries").asInt()).isEqualTo(2);
        assertThat(day.path("latest").asLong()).isEqualTo(110);
        assertThat(day.path("nextHour").asInt()).isEqualTo(10);

        JsonNode mine = api.get("/api/v1/turnout/election-day/my-precinct", official).json();
        assertThat(mine.path("precinctId").asLong()).isEqualTo(first);
        assertThat(mine.path("electionId").asString()).isEqualTo(s.election.toString());
        assertThat(mine.path("electors").asInt()).isEqualTo(1925);

        // Another precinct, even of the same 읍면동: refused, both to enter and to read.
        var other = enter(s, official, second, 9, 10);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problemCode()).isEqualTo("OTHER_PRECINCT");
        var otherDay = api.get("/api/v1/turnout/elections/" + s.election + "/election-day/precincts/" + second, official);
        assertThat(otherDay.status()).isEqualTo(403);
        assertThat(otherDay.problemCode()).isEqualTo("OTHER_PRECINCT");
        JsonNode secondDay = api.get("/api/v1/turnout/elections/" + s.election + "/election-day/precincts/" + second,
                api.tokenFor(Role.OBSERVER)).json();
        assertThat(secondDay.path("latest").asLong()).as("nothing was entered for the other precinct").isZero();

        // Not an official of this election's precinct in another election either.
        var elsewhere = fixture.sample();
        var wrongElection = api.postJson("/api/v1/turnout/elections/" + elsewhere.election + "/election-day/entries", official,
                Map.of("precinctId", first, "hour", 10, "voters", 130));
        assertThat(wrongElection.problemCode()).isEqualTo("TURNOUT_PRECINCT_NOT_FOUND");

        // Observers read, they do not enter; a voters-list officer enters for any precinct (a report by telephone).
        assertThat(enter(s, api.tokenFor(Role.OBSERVER), first, 10, 130).problemCode()).isEqualTo("ACCESS_DENIED");
        assertThat(enter(s, api.tokenFor(Role.ROLL_OFFICER), second, 9, 75).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/turnout/elections/" + s.election + "/election-day/precincts/" + second,
                api.tokenFor(Role.OBSERVER)).json().path("latest").asLong()).isEqualTo(75);
    }

    @Test
    void aCountBelowAnEarlierHourOrAboveALaterHourIsRefused() {
        var s = fixture.sample();
        long precinct = precincts(s).get("중앙동제1투");
        String official = officialOf(precinct);
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(13, 0));
        assertThat(enter(s, official, precinct, 8, 50).status()).isEqualTo(201);
        assertThat(enter(s, official, precinct, 11, 200).status()).isEqualTo(201);

        var lower = enter(s, official, precinct, 12, 150);
        assertThat(lower.status()).isEqualTo(422);
        assertThat(lower.problemCode()).isEqualTo("TURNOUT_ENTRY_NOT_CUMULATIVE");
        assertThat(lower.json().path("otherHour").asInt()).isEqualTo(11);
        assertThat(lower.json().path("otherVoters").asLong()).isEqualTo(200);
        var aboveLater = enter(s, official, precinct, 10, 201);
        assertThat(aboveLater.problemCode()).as("10:00 cannot exceed 11:00").isEqualTo("TURNOUT_ENTRY_NOT_CUMULATIVE");
        var belowEarlier = enter(s, official, precinct, 9, 49);
        assertThat(belowEarlier.problemCode()).as("09:00 cannot be below 08:00").isEqualTo("TURNOUT_ENTRY_NOT_CUMULATIVE");
        assertThat(enter(s, official, precinct, 10, 120).status()).as("between its neighbours").isEqualTo(201);
        assertThat(enter(s, official, precinct, 12, 200).status()).as("equal to the hour before: nobody came").isEqualTo(201);
        assertThat(enter(s, official, precinct, 13, 849).problemCode()).as("more than the precinct's 848 electors")
                .isEqualTo("TURNOUT_INVALID_ENTRY");
        assertThat(enter(s, official, precinct, 21, 300).problemCode()).isEqualTo("TURNOUT_INVALID_ENTRY");

        // A wrong 11:00 is corrected downwards only once 12:00 no longer holds it up: 12:00 first, then 11:00.
        assertThat(enter(s, official, precinct, 11, 180).status()).as("11:00 below 12:00 is fine").isEqualTo(201);
        JsonNode day = api.get("/api/v1/turnout/election-day/my-precinct", official).json();
        assertThat(day.path("hours").get(11 - 6).path("voters").asLong()).isEqualTo(180);
        assertThat(day.path("latest").asLong()).isEqualTo(200);
    }

    @Test
    void theLiveAndPublicFiguresAddTheEnteredCounts() {
        var s = fixture.sample();
        Map<String, Long> p = precincts(s);
        String seoul = officialOf(p.get("청운효자동제1투"));
        String busan = officialOf(p.get("중앙동제1투"));
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(11, 30));
        assertThat(enter(s, seoul, p.get("청운효자동제1투"), 9, 300).status()).isEqualTo(201);
        assertThat(enter(s, seoul, p.get("청운효자동제1투"), 11, 450).status()).isEqualTo(201);
        assertThat(enter(s, busan, p.get("중앙동제1투"), 10, 90).status()).isEqualTo(201);

        JsonNode live = api.get("/api/v1/turnout/elections/" + s.election + "/live", api.tokenFor(Role.OBSERVER)).json();
        assertThat(live.path("nation").path("electionDay").asLong()).isEqualTo(540);
        Map<String, Long> perSgg = new HashMap<>();
        live.path("sggs").forEach(a -> perSgg.put(a.path("code").asString(), a.path("electionDay").asLong()));
        assertThat(perSgg).containsEntry("11110", 450L).containsEntry("26110", 90L);
        JsonNode hours = live.path("electionDayHours");
        assertThat(hours.get(9 - 6).path("cumulative").asLong()).isEqualTo(300);
        assertThat(hours.get(10 - 6).path("cumulative").asLong()).isEqualTo(390);
        assertThat(hours.get(11 - 6).path("cumulative").asLong()).isEqualTo(540);
        JsonNode withEarly = live.path("finalHours");
        long early = live.path("nation").path("early").asLong();
        assertThat(withEarly.size()).isEqualTo(hours.size());
        assertThat(withEarly.get(9 - 6).path("cumulative").asLong()).as("early voters added").isEqualTo(early + 300);
        assertThat(withEarly.get(11 - 6).path("cumulative").asLong()).as("the curve ends at the headline")
                .isEqualTo(live.path("nation").path("voters").asLong());
        assertThat(withEarly.get(11 - 6).path("percent").asDouble()).isEqualTo(live.path("nation").path("percent").asDouble());
        // Each 시도's curve runs on the same way and ends at that 시도's figure in the table.
        Map<String, JsonNode> sidos = new HashMap<>();
        live.path("sidos").forEach(a -> sidos.put(a.path("code").asString(), a));
        JsonNode seoulFinal = live.path("sidoFinalHours").path("11");
        JsonNode busanFinal = live.path("sidoFinalHours").path("26");
        assertThat(seoulFinal.size()).isEqualTo(hours.size());
        long seoulEarly = sidos.get("11").path("early").asLong();
        assertThat(seoulFinal.get(8 - 6).path("cumulative").asLong()).as("no Seoul entry before 09:00").isEqualTo(seoulEarly);
        assertThat(seoulFinal.get(10 - 6).path("cumulative").asLong()).as("09:00's 300 carried").isEqualTo(seoulEarly + 300);
        assertThat(seoulFinal.get(11 - 6).path("cumulative").asLong()).isEqualTo(sidos.get("11").path("voters").asLong());
        assertThat(seoulFinal.get(11 - 6).path("percent").asDouble()).isEqualTo(sidos.get("11").path("percent").asDouble());
        assertThat(busanFinal.get(11 - 6).path("cumulative").asLong()).isEqualTo(sidos.get("26").path("early").asLong() + 90);
        assertThat(busanFinal.get(11 - 6).path("percent").asDouble()).isEqualTo(sidos.get("26").path("percent").asDouble());

        // The public figures are those of the last full hour (11:00): the same entries, no sign-in.
        JsonNode published = api.get("/api/v1/public/turnout/elections/" + s.election, null).json();
        assertThat(published.path("nation").path("electionDay").asLong()).isEqualTo(540);
        assertThat(published.path("nation").path("voters").asLong()).isEqualTo(published.path("nation").path("early").asLong() + 540);
    }
}
