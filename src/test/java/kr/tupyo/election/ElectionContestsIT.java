package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import kr.tupyo.registry.RegistryUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Contests, districts, ballots and the contests a voter votes in. */
@TupyoIntegrationTest
class ElectionContestsIT {

    static final String CHEONGUN = "1111051500"; // 서울 종로구 청운효자동
    static final String SAJIK = "1111053000";    // 서울 종로구 사직동
    static final String SAMCHEONG = "1111054000"; // 서울 종로구 삼청동

    @Autowired
    ApiClient api;
    @Autowired
    ContestResolver resolver;
    @Autowired
    Contests contests;

    String admin() {
        return api.tokenFor(Role.ADMIN);
    }

    @BeforeEach
    void kr2022DivisionsAreInForce() {
        RegistryUploads.ensureKr2022Divisions(api);
    }

    String election(String type, String day) {
        var response = api.postJson("/api/v1/elections", admin(),
                Map.of("type", type, "name", type + " " + UUID.randomUUID(), "electionDay", day));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    JsonNode contest(String election, String kind, String name, List<String> areas) {
        var response = api.postJson("/api/v1/elections/" + election + "/contests", admin(),
                Map.of("kind", kind, "name", name, "areas", areas));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    @Test
    void aPresidentialElectionHasOneNationalContestAndTheVotersSggIsTheirDistrict() {
        String id = election("PRESIDENTIAL", "2025-06-03");
        String contestId = contest(id, "PRESIDENT", "제21대 대통령선거", List.of()).path("id").asString();
        var second = api.postJson("/api/v1/elections/" + id + "/contests", admin(),
                Map.of("kind", "PRESIDENT", "name", "again", "areas", List.of()));
        assertThat(second.problemCode()).isEqualTo("DISTRICT_OVERLAP");

        String ballot = "/api/v1/elections/" + id + "/contests/" + contestId + "/ballot";
        assertThat(api.postJson(ballot, admin(), Map.of("party", "더불어민주당", "candidateName", "이재명")).status()).isEqualTo(201);
        assertThat(api.postJson(ballot, admin(), Map.of("party", "국민의힘", "candidateName", "김문수")).status()).isEqualTo(201);
        var missingName = api.postJson(ballot, admin(), Map.of("party", "무명당"));
        assertThat(missingName.problemCode()).isEqualTo("INVALID_BALLOT_ENTRY");
        var taken = api.postJson(ballot, admin(), Map.of("number", 2, "candidateName", "someone"));
        assertThat(taken.problemCode()).isEqualTo("BALLOT_NUMBER_TAKEN");
        JsonNode read = api.get(ballot, api.tokenFor(Role.STATION_OPERATOR)).json();
        assertThat(read.path("entries").get(1).path("candidateName").asString()).isEqualTo("김문수");
        assertThat(read.path("entries").get(1).path("number").asInt()).isEqualTo(2);

        VoterContests mine = resolver.resolve(ElectionId.of(id), CHEONGUN, true);
        assertThat(mine.contests()).extracting(Contest::name).containsExactly("제21대 대통령선거");
        assertThat(mine.smallestContestedDistrict().areas()).containsExactly(new AreaCode("11110"));
        assertThat(mine.isInDistrict(SAJIK)).isTrue();
        assertThat(mine.isInDistrict("2611051000")).isFalse();
    }

    @Test
    void aNationalAssemblyElectionHasConstituenciesAndTheProportionalContest() {
        String id = election("NATIONAL_ASSEMBLY", "2024-04-10");
        contest(id, "NATIONAL_ASSEMBLY_PROPORTIONAL", "비례대표국회의원", List.of());
        contest(id, "NATIONAL_ASSEMBLY_CONSTITUENCY", "종로구", List.of("11110"));
        contest(id, "NATIONAL_ASSEMBLY_CONSTITUENCY", "중구성동구갑", List.of("11140", "1120052000"));
        var overlapping = api.postJson("/api/v1/elections/" + id + "/contests", admin(),
                Map.of("kind", "NATIONAL_ASSEMBLY_CONSTITUENCY", "name", "겹침", "areas", List.of(SAJIK)));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.problemCode()).isEqualTo("DISTRICT_OVERLAP");
        var wrongKind = api.postJson("/api/v1/elections/" + id + "/contests", admin(),
                Map.of("kind", "LOCAL_HEAD", "name", "종로구청장", "areas", List.of("11110")));
        assertThat(wrongKind.problemCode()).isEqualTo("CONTEST_NOT_IN_ELECTION_TYPE");
        var badCode = api.postJson("/api/v1/elections/" + id + "/contests", admin(),
                Map.of("kind", "NATIONAL_ASSEMBLY_CONSTITUENCY", "name", "x", "areas", List.of("111")));
        assertThat(badCode.problemCode()).isEqualTo("INVALID_DISTRICT");
        var unknownArea = api.postJson("/api/v1/elections/" + id + "/contests", admin(),
                Map.of("kind", "NATIONAL_ASSEMBLY_CONSTITUENCY", "name", "없는 구", "areas", List.of("11999")));
        assertThat(unknownArea.problemCode()).isEqualTo("INVALID_DISTRICT");
        assertThat(unknownArea.json().path("unknownAreas").get(0).asString()).isEqualTo("11999");

        ElectionId election = ElectionId.of(id);
        assertThat(resolver.resolve(election, CHEONGUN, true).contests()).extracting(Contest::kind)
                .containsExactly(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY, ContestKind.NATIONAL_ASSEMBLY_PROPORTIONAL);
        assertThat(resolver.resolve(election, "1120052000", true).contests()).extracting(Contest::name)
                .containsExactly("중구성동구갑", "비례대표국회의원");
        // an overseas-registered voter not yet 3 months on the register keeps only the proportional vote
        var proportionalOnly = resolver.resolve(election, CHEONGUN,
                new Eligibility.EligibleWithoutConstituency(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS));
        assertThat(proportionalOnly.contests()).extracting(Contest::kind)
                .containsExactly(ContestKind.NATIONAL_ASSEMBLY_PROPORTIONAL);

        var overApi = api.get("/api/v1/elections/" + id + "/voter-contests?emdCode=" + CHEONGUN + "&constituencyVote=false",
                api.tokenFor(Role.ROLL_OFFICER));
        assertThat(overApi.json().path("contests").size()).isEqualTo(1);
        assertThat(overApi.json().path("smallestContestedDistrict").path("areas").get(0).asString()).isEqualTo("11110");
    }

    @Test
    void aLocalVoterHasUpToSevenContestsAndTheSmallestDistrictDecidesInDistrict() {
        String id = election("LOCAL", "2026-06-03");
        contest(id, "METROPOLITAN_HEAD", "서울특별시장", List.of("11"));
        contest(id, "SUPERINTENDENT", "서울특별시교육감", List.of("11"));
        contest(id, "METROPOLITAN_COUNCIL_PROPORTIONAL", "서울특별시의회 비례대표", List.of("11"));
        contest(id, "LOCAL_HEAD", "종로구청장", List.of("11110"));
        String partyList = contest(id, "LOCAL_COUNCIL_PROPORTIONAL", "종로구의회 비례대표", List.of("11110"))
                .path("id").asString();
        contest(id, "METROPOLITAN_COUNCIL_CONSTITUENCY", "종로구 제1선거구", List.of(CHEONGUN, SAJIK, SAMCHEONG));
        String ga = contest(id, "LOCAL_COUNCIL_CONSTITUENCY", "종로구 가선거구", List.of(CHEONGUN, SAJIK)).path("id").asString();
        contest(id, "LOCAL_COUNCIL_CONSTITUENCY", "종로구 나선거구", List.of(SAMCHEONG));

        String partyBallot = "/api/v1/elections/" + id + "/contests/" + partyList + "/ballot";
        var proportional = api.postJson(partyBallot, admin(), Map.of("party", "정당A", "candidateName", "홍길동"));
        assertThat(proportional.problemCode()).as("a party list names no candidates").isEqualTo("INVALID_BALLOT_ENTRY");
        assertThat(api.postJson(partyBallot, admin(), Map.of("party", "정당A")).status()).isEqualTo(201);
        assertThat(contests.ballot(new ContestId(UUID.fromString(partyList)))).hasValueSatisfying(b -> {
            assertThat(b.partyList()).isTrue();
            assertThat(b.entries()).containsExactly(new BallotEntry(1, "정당A", null));
        });

        VoterContests mine = resolver.resolve(ElectionId.of(id), CHEONGUN, true);
        assertThat(mine.contests()).hasSize(7);
        assertThat(mine.smallestContestedDistrict().label()).isEqualTo("종로구 가선거구");
        assertThat(mine.isInDistrict(SAJIK)).isTrue();
        assertThat(mine.isInDistrict(SAMCHEONG)).as("same 구, other 구의원 district").isFalse();

        String contestPath = "/api/v1/elections/" + id + "/contests/" + ga;
        var renamed = api.send("PUT", contestPath, admin(), "application/json",
                "{\"name\":\"종로구 가선거구(정정)\",\"ballotTitle\":\"종로구의회의원선거\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(contests.ballot(new ContestId(UUID.fromString(ga)))).hasValueSatisfying(b ->
                assertThat(b.title()).isEqualTo("종로구의회의원선거"));
        var clash = api.send("PUT", contestPath, admin(), "application/json",
                "{\"name\":\"종로구 나선거구\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(clash.problemCode()).isEqualTo("CONTEST_NAME_TAKEN");
        assertThat(api.send("PUT", contestPath, api.tokenFor(Role.ROLL_OFFICER), "application/json",
                "{\"name\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/elections/" + id + "/contests/" + ga, api.tokenFor(Role.OBSERVER)).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/elections/" + id + "/contests/" + ga, admin()).status()).isEqualTo(204);
        assertThat(resolver.resolve(ElectionId.of(id), CHEONGUN, true).contests()).hasSize(6);
    }
}
