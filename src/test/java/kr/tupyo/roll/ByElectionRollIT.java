package kr.tupyo.roll;

import static kr.tupyo.registry.RegisterFixtures.DURYU;
import static kr.tupyo.registry.RegisterFixtures.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.earlyvoting.FixtureVotersList;
import kr.tupyo.earlyvoting.MutableClock;
import kr.tupyo.earlyvoting.internal.VotersList;
import kr.tupyo.election.ElectionId;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.PdfPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A by-election's voters list follows the offices it fills (decision 044, session 6), compiled through the
 * real path (register and contests through the APIs, compile and finalise as jobs) on the boundary register
 * of {@link RollFixtures}: foreigners live in 대구 달서구 두류1동, overseas-registered nationals in 서울 종로구
 * 사직동. Local offices first (residents of 청운효자동, where none is held, are outside the list's area); then
 * National Assembly seats added (a recompilation is needed to see them, and finalising is refused until then);
 * then the local offices removed; then a local office where no foreigner lives (they have nothing to vote in);
 * then both again, with 종로구's seat removed before finalising (refused until compiled again, which leaves
 * 청운효자동 outside the area), finalised, after which the contests are fixed; a foreign permanent resident
 * identified at an early-voting station is given the local contests' ballots only (someone outside the area is
 * not on the list), as is a foreigner added to the finalised list by court order (someone outside the area
 * cannot be).
 */
@EarlyVotingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ByElectionRollIT {

    static final String DALSEO_COUNCIL = "달서구가선거구";
    static final String JONGNO_COUNCIL = "종로구제1선거구";
    static final String DALSEO_SEAT = "대구 달서구갑";
    static final String JONGNO_SEAT = "서울 종로구";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    IntegratedVotersList integrated;
    @Autowired
    FixtureVotersList fixtureList;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    RollFixtures fx;
    String mixedDigest;

    @BeforeAll
    void register() {
        fx = new RollFixtures(api, jdbc, false, "BY_ELECTION").build();
    }

    @AfterAll
    void backToFixtures() {
        fixtureList.useFixtures();
    }

    /** A resident's entry: the reason when excluded, the constituency flag, and the names of their contests. */
    record Listed(String exclusion, boolean constituencyVote, List<String> contests) {
    }

    Listed listed(String who) {
        return jdbc.sql("""
                SELECT e.exclusion, e.constituency_vote, c.contest_ids FROM roll_entries e
                LEFT JOIN roll_emd_contests c ON c.election_id = e.election_id AND c.emd_code = e.emd_code
                                             AND c.constituency_vote = e.constituency_vote
                WHERE e.election_id = ?::uuid AND e.rrn_lookup = ?""")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits()))
                .query((rs, n) -> new Listed(rs.getString(1), rs.getBoolean(2), rs.getArray(3) == null ? List.of()
                        : Arrays.stream((UUID[]) rs.getArray(3).getArray()).map(id -> fx.contests.get(id.toString())).toList()))
                .single();
    }

    static Listed onList(boolean constituencyVote, String... contests) {
        return new Listed(null, constituencyVote, List.of(contests));
    }

    String excluded(String who) {
        return listed(who).exclusion();
    }

    void addLocalOffices() {
        fx.contest("LOCAL_COUNCIL_CONSTITUENCY", DALSEO_COUNCIL, DURYU);
        fx.contest("METROPOLITAN_COUNCIL_CONSTITUENCY", JONGNO_COUNCIL, SAJIK);
    }

    String digest() {
        return fx.roll().path("digest").asString();
    }

    @Test
    @Order(1)
    void localOfficesListForeignPermanentResidentsAfterThreeYearsInEveryContest() {
        addLocalOffices();
        fx.compile();
        assertThat(listed("Foreign3y")).isEqualTo(onList(true, DALSEO_COUNCIL));
        assertThat(excluded("Foreign2y364d")).isEqualTo("FOREIGN_NOT_ELIGIBLE");
        assertThat(listed("자재외3개월")).isEqualTo(onList(true, JONGNO_COUNCIL));
        assertThat(excluded("아재외짧음")).isEqualTo("OVERSEAS_NOT_YET_3_MONTHS");
        assertThat(listed("다전날이사")).as("moved to 두류1동 the day before").isEqualTo(onList(true, DALSEO_COUNCIL));
        assertThat(excluded("가경계")).as("청운효자동: no contest is held there").isEqualTo("OUTSIDE_ELECTION_AREA");
        assertThat(excluded("마사망")).as("the dead first, wherever they lived").isEqualTo("DECEASED");
        assertThat(excluded("나하루늦음")).as("outside the area before under age").isEqualTo("OUTSIDE_ELECTION_AREA");
        assertThat(fx.roll().path("excludedByReason").path("NOT_NATIONAL").asLong()).isZero();
        assertThat(count("OUTSIDE_ELECTION_AREA")).isEqualTo(fx.roll().path("excludedByReason")
                .path("OUTSIDE_ELECTION_AREA").asLong()).isGreaterThanOrEqualTo(9);
    }

    @Test
    @Order(2)
    void nationalAssemblySeatsAddedAfterCompilingTakeEffectWhenRecompiled() {
        String before = digest();
        String dalseoSeat = fx.contest("NATIONAL_ASSEMBLY_CONSTITUENCY", DALSEO_SEAT, "27290");
        String jongnoSeat = fx.contest("NATIONAL_ASSEMBLY_CONSTITUENCY", JONGNO_SEAT, "11110");
        assertThat(listed("다전날이사")).as("the draft keeps the contests it was compiled with")
                .isEqualTo(onList(true, DALSEO_COUNCIL));
        assertThat(listed("Foreign3y")).isEqualTo(onList(true, DALSEO_COUNCIL));
        assertThat(digest()).isEqualTo(before);

        var refused = api.postJson("/api/v1/elections/" + fx.electionId + "/roll/finalise", fx.officer, "{}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("ROLL_CONTESTS_CHANGED");
        assertThat(refused.json().path("added").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(dalseoSeat, jongnoSeat);
        assertThat(refused.json().path("removed").isEmpty()).isTrue();
        assertThat(fx.roll().path("status").asString()).as("nothing changed").isEqualTo("COMPILED");
        assertThat(digest()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM roll_jobs WHERE election_id = ?::uuid AND kind = 'FINALISE'")
                .param(fx.electionId).query(Long.class).single()).isZero();

        fx.compile();
        assertThat(listed("Foreign3y")).as("on the list for the local contest only")
                .isEqualTo(onList(false, DALSEO_COUNCIL));
        assertThat(excluded("Foreign2y364d")).isEqualTo("FOREIGN_NOT_ELIGIBLE");
        assertThat(listed("다전날이사")).isEqualTo(onList(true, DALSEO_SEAT, DALSEO_COUNCIL));
        assertThat(listed("가경계")).as("종로구's seat takes in 청운효자동").isEqualTo(onList(true, JONGNO_SEAT));
        assertThat(listed("자재외3개월")).isEqualTo(onList(true, JONGNO_SEAT, JONGNO_COUNCIL));
        assertThat(excluded("아재외짧음")).as("short of 3 months: the whole vote, in either contest")
                .isEqualTo("OVERSEAS_NOT_YET_3_MONTHS");
        mixedDigest = digest();
        assertThat(mixedDigest).as("the foreigner's constituency flag is in the digest").isNotEqualTo(before);
        fx.compile();
        assertThat(digest()).as("same inputs, same digest").isEqualTo(mixedDigest);
    }

    @Test
    @Order(3)
    void withOnlyNationalAssemblySeatsForeignersAreNotListed() {
        List.copyOf(fx.contests.entrySet()).stream().filter(c -> c.getValue().endsWith("선거구"))
                .forEach(c -> fx.deleteContest(c.getKey()));
        fx.compile();
        assertThat(excluded("Foreign3y")).isEqualTo("NOT_NATIONAL");
        assertThat(excluded("Foreign2y364d")).isEqualTo("NOT_NATIONAL");
        assertThat(listed("다전날이사")).isEqualTo(onList(true, DALSEO_SEAT));
        assertThat(listed("자재외3개월")).isEqualTo(onList(true, JONGNO_SEAT));
        assertThat(excluded("아재외짧음")).as("the constituency is the whole ballot").isEqualTo("OVERSEAS_NOT_YET_3_MONTHS");
    }

    @Test
    @Order(4)
    void aForeignerWhereOnlyASeatIsContestedHasNothingToVoteIn() {
        fx.contest("METROPOLITAN_COUNCIL_CONSTITUENCY", JONGNO_COUNCIL, SAJIK);
        fx.compile();
        assertThat(excluded("Foreign3y")).as("두류1동 holds only 달서구's seat").isEqualTo("NOT_NATIONAL");
        assertThat(excluded("Foreign2y364d")).isEqualTo("NOT_NATIONAL");
        assertThat(listed("다전날이사")).isEqualTo(onList(true, DALSEO_SEAT));
        assertThat(listed("자재외3개월")).isEqualTo(onList(true, JONGNO_SEAT, JONGNO_COUNCIL));
    }

    @Test
    @Order(5)
    void bothAgainGiveTheSameListAndItIsFinalisedOnceCompiledWithItsContests() {
        fx.contest("LOCAL_COUNCIL_CONSTITUENCY", DALSEO_COUNCIL, DURYU);
        fx.compile();
        assertThat(listed("Foreign3y")).isEqualTo(onList(false, DALSEO_COUNCIL));
        assertThat(digest()).as("contest ids are not in the digest; the list is the same").isEqualTo(mixedDigest);

        String jongnoSeat = contestId(JONGNO_SEAT);
        fx.deleteContest(jongnoSeat);
        var refused = api.postJson("/api/v1/elections/" + fx.electionId + "/roll/finalise", fx.officer, "{}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("ROLL_CONTESTS_CHANGED");
        assertThat(refused.json().path("removed").valueStream().map(JsonNode::asString)).containsExactly(jongnoSeat);
        assertThat(refused.json().path("added").isEmpty()).isTrue();
        assertThat(fx.roll().path("status").asString()).as("nothing changed").isEqualTo("COMPILED");
        assertThat(digest()).isEqualTo(mixedDigest);

        fx.compile();
        assertThat(excluded("가경계")).as("청운효자동 is outside the area again").isEqualTo("OUTSIDE_ELECTION_AREA");
        assertThat(listed("자재외3개월")).isEqualTo(onList(true, JONGNO_COUNCIL));
        assertThat(fx.finalise().path("status").asString()).isEqualTo("FINALISED");
        var foreigner = integrated.findByRrn(ElectionId.of(fx.electionId),
                fx.people.get(fx.name("Foreign3y"))).orElseThrow();
        assertThat(foreigner.contests()).extracting(id -> fx.contests.get(id.toString())).containsExactly(DALSEO_COUNCIL);
    }

    @Test
    @Order(6)
    void aFinalisedListFixesItsContests() {
        String dalseoSeat = contestId(DALSEO_SEAT);
        var added = api.postJson("/api/v1/elections/" + fx.electionId + "/contests", fx.admin, Map.of(
                "kind", "NATIONAL_ASSEMBLY_CONSTITUENCY", "name", JONGNO_SEAT, "areas", List.of("11110")));
        assertThat(added.status()).as(added.toString()).isEqualTo(409);
        assertThat(added.problemCode()).isEqualTo("CONTESTS_FIXED");
        var removed = api.delete("/api/v1/elections/" + fx.electionId + "/contests/" + dalseoSeat, fx.admin);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(409);
        assertThat(removed.problemCode()).isEqualTo("CONTESTS_FIXED");
        var renamed = api.send(api.request("/api/v1/elections/" + fx.electionId + "/contests/" + dalseoSeat, fx.admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + DALSEO_SEAT + "\",\"ballotTitle\":\""
                        + DALSEO_SEAT + " 국회의원\"}")));
        assertThat(renamed.status()).as("a ballot title may still be corrected: " + renamed).isEqualTo(200);

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM contests WHERE id = ?::uuid").param(dalseoSeat).update())
                .as("the database refuses it too").hasMessageContaining("its contests cannot change");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO contests (id, election_id, kind, name, ballot_title, areas)
                VALUES (gen_random_uuid(), ?::uuid, 'NATIONAL_ASSEMBLY_CONSTITUENCY', ?, ?, '{11110}')""")
                .params(fx.electionId, JONGNO_SEAT, JONGNO_SEAT).update()).hasMessageContaining("its contests cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE contests SET areas = '{27290,11110}' WHERE id = ?::uuid")
                .param(dalseoSeat).update()).hasMessageContaining("its contests cannot change");
        assertThat(api.get("/api/v1/elections/" + fx.electionId + "/contests", fx.admin).json().valueStream()
                .map(c -> c.path("name").asString())).containsExactlyInAnyOrder(DALSEO_SEAT, DALSEO_COUNCIL, JONGNO_COUNCIL);
    }

    @Test
    @Order(7)
    void earlyVotingGivesAForeignPermanentResidentTheLocalContestsOnly() {
        fixtureList.useRealList(context.getBeansOfType(VotersList.class).values().stream()
                .filter(list -> !(list instanceof FixtureVotersList)).findFirst().orElseThrow());
        String station = api.get("/api/v1/elections/" + fx.electionId + "/stations?sggCode=27290", fx.admin).json()
                .valueStream().filter(s -> s.path("emdCode").asString().equals(DURYU)).findFirst().orElseThrow()
                .path("code").asString();
        String operator = api.tokenFor(Role.STATION_OPERATOR, station);
        var day = fx.electionDay.minusDays(5);
        clock.setKorea(LocalDateTime.of(day, LocalTime.of(6, 0)));
        var opened = api.postJson("/api/v1/early-voting/stations/" + station + "/open", operator,
                Map.of("electionId", fx.electionId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        clock.setKorea(LocalDateTime.of(day, LocalTime.of(7, 0)));

        JsonNode foreigner = identify(operator, "Foreign3y");
        assertThat(foreigner.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(foreigner.path("inDistrict").asBoolean()).isTrue();
        assertThat(foreigner.path("contests").valueStream().map(c -> c.path("name").asString()))
                .containsExactly(DALSEO_COUNCIL);
        assertThat(identify(operator, "다전날이사").path("contests").valueStream().map(c -> c.path("name").asString()))
                .containsExactly(DALSEO_SEAT, DALSEO_COUNCIL);
        assertThat(identify(operator, "Foreign2y364d").path("status").asString()).isEqualTo("NOT_ON_LIST");
        assertThat(identify(operator, "가경계").path("status").asString()).as("outside the area")
                .isEqualTo("NOT_ON_LIST");

        var issued = api.send(api.request("/api/v1/early-voting/issuances", operator)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"identificationId\":\""
                        + foreigner.path("identificationId").asString() + "\",\"signature\":\""
                        + EarlyVotingFixture.SIGNATURE + "\"}")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var ballots = api.get("/api/v1/early-voting/issuances/" + issued.json().path("issuanceId").asString()
                + "/ballots.pdf", operator);
        assertThat(ballots.status()).as(ballots.toString()).isEqualTo(200);
        List<PdfPages.Page> pages = PdfPages.pages(ballots.bytes());
        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().text()).contains(DALSEO_COUNCIL + " 후보").doesNotContain(DALSEO_SEAT);
    }

    @Test
    @Order(8)
    void aForeignerAddedByCourtOrderVotesInTheLocalContestsOnly() {
        var added = courtOrderAddition("Foreign2y364d", "대구지방법원 2025구합");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var voter = integrated.findByRrn(ElectionId.of(fx.electionId), fx.people.get(fx.name("Foreign2y364d"))).orElseThrow();
        assertThat(voter.contests()).extracting(id -> fx.contests.get(id.toString())).containsExactly(DALSEO_COUNCIL);
    }

    @Test
    @Order(9)
    void noCourtOrderAddsSomeoneOutsideTheArea() {
        var refused = courtOrderAddition("가경계", "서울행정법원 2025구합");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("ROLL_OUTSIDE_ELECTION_AREA");
        assertThat(refused.json().path("title").asString()).isNotBlank();
        assertThat(integrated.findByRrn(ElectionId.of(fx.electionId), fx.people.get(fx.name("가경계")))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM roll_corrections WHERE election_id = ?::uuid AND kind = 'COURT_ORDER_ADDITION'")
                .param(fx.electionId).query(Long.class).single()).as("only the foreigner's addition").isEqualTo(1);
    }

    private long count(String reason) {
        return jdbc.sql("SELECT count(*) FROM roll_entries WHERE election_id = ?::uuid AND exclusion = ?")
                .params(fx.electionId, reason).query(Long.class).single();
    }

    private String contestId(String name) {
        return fx.contests.entrySet().stream().filter(c -> c.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }

    private JsonNode identify(String operator, String who) {
        var response = api.postJson("/api/v1/early-voting/identifications", operator,
                Map.of("electionId", fx.electionId, "rrn", fx.people.get(fx.name(who)).digits()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** A court's order adding the fixture's person of that name to the list, with the court's case number. */
    private ApiClient.Response courtOrderAddition(String person, String court) {
        return api.postJson("/api/v1/elections/" + fx.electionId + "/roll/corrections", fx.officer, Map.of(
                "kind", "COURT_ORDER_ADDITION", "rrn", RegisterFixtures.hyphenated(fx.people.get(fx.name(person))),
                "reason", court + fx.tag));
    }
}
