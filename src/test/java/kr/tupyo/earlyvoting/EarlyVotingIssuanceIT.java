package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_2;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kr.tupyo.earlyvoting.internal.SignaturePurge;
import kr.tupyo.earlyvoting.internal.VoterOnList;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.support.PdfPages;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Identification, the exactly-once issuance, hours, stations, idempotency, printing, spoiling, the day. */
@EarlyVotingIntegrationTest
class EarlyVotingIssuanceIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignaturePurge purge;

    @Test
    void answersEveryIdentificationStatusWithInOrOutOfDistrict() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        String seoul = s.voter("김철수", SAJIK, new VoterOnList.Listing.OnList());
        var eligible = s.identify(s.seoulStation, seoul);
        assertThat(eligible.status()).as(eligible.toString()).isEqualTo(200);
        var body = eligible.json();
        assertThat(body.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(body.path("inDistrict").asBoolean()).isTrue();
        assertThat(body.path("name").asString()).isEqualTo("김철수");
        assertThat(body.path("rrnMasked").asString()).endsWith("******").isEqualTo(ResidentRegistrationNumber.parse(seoul).masked());
        assertThat(body.path("birthDate").asString()).isEqualTo(ResidentRegistrationNumber.parse(seoul).birthDate().toString());
        assertThat(body.path("homeDistrict").asString()).contains("종로구");
        assertThat(body.path("contests").size()).isEqualTo(2);
        assertThat(body.path("contests").get(0).path("name").asString()).isEqualTo("종로구");
        assertThat(body.path("identificationId").asString()).isNotBlank();
        assertThat(eligible.body()).doesNotContain(seoul);

        var away = s.identify(s.busanStation, seoul).json();
        assertThat(away.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(away.path("inDistrict").asBoolean()).as("관외 in Busan").isFalse();

        var unknown = s.identify(s.seoulStation, "900101" + "1234568");
        assertThat(unknown.json().path("status").asString()).isEqualTo("NOT_ON_LIST");

        String dead = s.voter("망자", CHEONGUN, new VoterOnList.Listing.Blocked("DECEASED"));
        var blocked = s.identify(s.seoulStation, dead).json();
        assertThat(blocked.path("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.path("blockedReason").asString()).isEqualTo("DECEASED");

        var issued = s.issue(s.seoulStation, body.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var again = s.identify(s.busanStation, seoul).json();
        assertThat(again.path("status").asString()).isEqualTo("ALREADY_ISSUED");
        assertThat(again.path("alreadyIssued").path("station").asString()).isEqualTo(s.seoulStation);
        assertThat(again.path("alreadyIssued").path("stationName").asString()).isEqualTo("청운효자동 사전투표소");
        assertThat(again.path("alreadyIssued").path("issuedAt").asString()).isNotBlank();

        var malformed = s.identify(s.seoulStation, "12345");
        assertThat(malformed.problemCode()).isEqualTo("INVALID_IDENTIFICATION_REQUEST");
        var notEligibleIssue = s.issue(s.seoulStation, blocked.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(notEligibleIssue.problemCode()).isEqualTo("IDENTIFICATION_NOT_ELIGIBLE");
    }

    @Test
    void findsAVoterWithoutRrnByNameAndBirthDateAndRefusesAnAmbiguousMatch() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        LocalDate born = LocalDate.of(1985, 3, 14);
        var generator = new kr.tupyo.registry.RrnGenerator(42);
        s.voter(generator.of(born, kr.tupyo.registry.Sex.F, false), "이영희", born, CHEONGUN, new VoterOnList.Listing.OnList());
        var found = api.postJson("/api/v1/early-voting/identifications", s.operator(s.seoulStation),
                Map.of("electionId", s.election.toString(), "name", "이영희", "birthDate", born.toString()));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(found.json().path("rrnMasked").asString()).startsWith("850314-2");

        s.voter(generator.of(born, kr.tupyo.registry.Sex.F, false), "이영희", born, SAJIK, new VoterOnList.Listing.OnList());
        var ambiguous = api.postJson("/api/v1/early-voting/identifications", s.operator(s.seoulStation),
                Map.of("electionId", s.election.toString(), "name", "이영희", "birthDate", born.toString()));
        assertThat(ambiguous.problemCode()).isEqualTo("IDENTIFICATION_AMBIGUOUS");
    }

    @Test
    void worksOnlyWhileTheStationIsOpenWithinHoursOfTheEarlyVotingDays() {
        var s = fixture.sample();
        String rrn = s.voter(CHEONGUN);
        String operator = s.operator(s.seoulStation);
        String open = "/api/v1/early-voting/stations/" + s.seoulStation + "/open";
        Map<String, String> election = Map.of("electionId", s.election.toString());

        fixture.at(DAY_1, LocalTime.of(5, 59));
        assertThat(api.postJson(open, operator, election).problemCode()).isEqualTo("OUTSIDE_EARLY_VOTING_HOURS");
        assertThat(s.identify(s.seoulStation, rrn).problemCode()).isEqualTo("OUTSIDE_EARLY_VOTING_HOURS");
        fixture.at(DAY_1.minusDays(1), LocalTime.of(10, 0));
        assertThat(api.postJson(open, operator, election).problemCode()).isEqualTo("OUTSIDE_EARLY_VOTING_HOURS");
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(10, 0));
        assertThat(s.identify(s.seoulStation, rrn).problemCode()).isEqualTo("OUTSIDE_EARLY_VOTING_HOURS");

        fixture.at(DAY_1, LocalTime.of(6, 0));
        assertThat(s.identify(s.seoulStation, rrn).problemCode()).as("not opened yet").isEqualTo("STATION_NOT_OPEN");
        assertThat(api.postJson(open, operator, election).status()).isEqualTo(200);
        assertThat(api.postJson(open, operator, election).problemCode()).isEqualTo("STATION_ALREADY_OPEN");
        var identified = s.identify(s.seoulStation, rrn);
        assertThat(identified.status()).isEqualTo(200);

        fixture.at(DAY_1, LocalTime.of(18, 0));
        assertThat(s.issue(s.seoulStation, identified.json().path("identificationId").asString(), "k-" + UUID.randomUUID())
                .problemCode()).isEqualTo("OUTSIDE_EARLY_VOTING_HOURS");
        var closed = api.postJson("/api/v1/early-voting/stations/" + s.seoulStation + "/close", operator, election);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        fixture.at(DAY_1, LocalTime.of(17, 0));
        assertThat(s.identify(s.seoulStation, rrn).problemCode()).as("closed for the day").isEqualTo("STATION_NOT_OPEN");
        assertThat(s.issue(s.seoulStation, identified.json().path("identificationId").asString(), "k-" + UUID.randomUUID())
                .problemCode()).as("no issuance once closed").isEqualTo("STATION_NOT_OPEN");
        assertThat(api.postJson(open, operator, election).problemCode()).isEqualTo("STATION_ALREADY_CLOSED");

        s.open(s.seoulStation, DAY_2);
        assertThat(s.identifyAndIssue(s.seoulStation, rrn).status()).as("the second day").isEqualTo(201);
    }

    @Test
    void stationStaffCannotActForAnotherStation() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        String busanOperator = s.operator(s.busanStation);
        var openOther = api.postJson("/api/v1/early-voting/stations/" + s.seoulStation + "/close", busanOperator,
                Map.of("electionId", s.election.toString()));
        assertThat(openOther.status()).isEqualTo(403);
        assertThat(openOther.problemCode()).isEqualTo("OTHER_STATION");
        var report = api.get("/api/v1/early-voting/stations/" + s.seoulStation + "/day-report?electionId=" + s.election,
                busanOperator);
        assertThat(report.problemCode()).isEqualTo("OTHER_STATION");

        String rrn = s.voter(CHEONGUN);
        String identificationId = s.identify(s.seoulStation, rrn).json().path("identificationId").asString();
        var foreignIssue = s.issue(s.busanStation, identificationId, UUID.randomUUID().toString());
        assertThat(foreignIssue.status()).isEqualTo(403);
        assertThat(foreignIssue.problemCode()).isEqualTo("OTHER_STATION");
        var issued = s.issue(s.seoulStation, identificationId, UUID.randomUUID().toString());
        String issuanceId = issued.json().path("issuanceId").asString();
        var foreignPrint = api.get("/api/v1/early-voting/issuances/" + issuanceId + "/ballots.pdf", busanOperator);
        assertThat(foreignPrint.problemCode()).isEqualTo("OTHER_STATION");
        var foreignSpoil = api.postJson("/api/v1/early-voting/issuances/" + issuanceId + "/spoil", s.supervisor(s.busanStation),
                Map.of("reason", "x", "spoiledSerials", List.of("1-0000000000000")));
        assertThat(foreignSpoil.problemCode()).isEqualTo("OTHER_STATION");
        assertThat(api.get("/api/v1/early-voting/stations/" + s.seoulStation + "/day-report?electionId=" + s.election,
                api.tokenFor(Role.OBSERVER)).status()).isEqualTo(200);
    }

    @Test
    void issuesExactlyOnceNationwideAndARetryGetsTheSameAnswer() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        String rrn = s.voter(CHEONGUN);
        String seoulId = s.identify(s.seoulStation, rrn).json().path("identificationId").asString();
        String busanId = s.identify(s.busanStation, rrn).json().path("identificationId").asString();

        var first = s.issue(s.seoulStation, seoulId, "key-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var retry = s.issue(s.seoulStation, seoulId, "key-1");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("issuanceId").asString()).isEqualTo(first.json().path("issuanceId").asString());
        assertThat(first.json().path("inDistrict").asBoolean()).isTrue();
        assertThat(first.json().path("documents").path("ballots").asString()).endsWith("/ballots.pdf");
        assertThat(first.json().path("documents").path("envelopeLabel").isNull()).isTrue();

        var reused = s.issue(s.seoulStation, busanId, "key-1");
        assertThat(reused.status()).isEqualTo(403); // the Busan identification belongs to another station
        var second = s.issue(s.busanStation, busanId, "key-2");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemCode()).isEqualTo("ALREADY_ISSUED");
        assertThat(second.json().path("station").asString()).isEqualTo(s.seoulStation);
        assertThat(second.json().path("issuedAt").asString()).isNotBlank();
        var secondRetry = s.issue(s.busanStation, busanId, "key-2");
        assertThat(secondRetry.problemCode()).as("the retry of a refusal is the same refusal").isEqualTo("ALREADY_ISSUED");
        var sameStationAgain = s.issue(s.seoulStation, seoulId, "key-3");
        assertThat(sameStationAgain.problemCode()).isEqualTo("ALREADY_ISSUED");
        var noKey = api.postJson("/api/v1/early-voting/issuances", s.operator(s.seoulStation),
                Map.of("identificationId", seoulId, "signature", EarlyVotingFixture.SIGNATURE));
        assertThat(noKey.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        String otherVoter = s.identify(s.seoulStation, s.voter(CHEONGUN)).json().path("identificationId").asString();
        assertThat(s.issue(s.seoulStation, otherVoter, "key-1").problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        assertThat(jdbc.sql("SELECT count(*) FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void manyThreadsAtTwoStationsIssueExactlyOncePerVoter() throws Exception {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        int voters = 25;
        List<String> rrns = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            rrns.add(s.voter(i % 2 == 0 ? CHEONGUN : JUNGANG));
        }
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (String rrn : rrns) {
            for (String station : List.of(s.seoulStation, s.busanStation, s.seoulStation, s.busanStation)) {
                String id = s.identify(station, rrn).json().path("identificationId").asString();
                futures.add(pool.submit(() -> {
                    start.await();
                    var response = s.issue(station, id, UUID.randomUUID().toString());
                    if (response.status() == 201) {
                        created.add(rrn);
                    } else if (!"ALREADY_ISSUED".equals(response.problemCode())) {
                        unexpected.add(response.toString());
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (var f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).isEmpty();
        assertThat(created).hasSize(voters).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                .query(Long.class).single()).isEqualTo(voters);
    }

    @Test
    void printsTheBallotsOnceAndASupervisorApprovesTheReissue() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        String issuanceId = s.identifyAndIssue(s.seoulStation, s.voter(CHEONGUN)).json().path("issuanceId").asString();
        String ballots = "/api/v1/early-voting/issuances/" + issuanceId + "/ballots.pdf";
        String operator = s.operator(s.seoulStation);

        var printed = api.get(ballots, operator);
        assertThat(printed.status()).as(printed.toString()).isEqualTo(200);
        assertThat(printed.header("Content-Type")).startsWith("application/pdf");
        List<PdfPages.Page> pages = PdfPages.pages(printed.bytes());
        assertThat(pages).hasSize(2);
        PdfPages.Page constituency = pages.get(0);
        assertThat(constituency.text()).contains("사전투표", s.name, "종로구", "곽상언", "최재형", "홍길동", "더불어민주당", "무소속",
                "청운효자동 사전투표소", "일련번호");
        assertThat(constituency.text().indexOf("곽상언")).isLessThan(constituency.text().indexOf("최재형"));
        assertThat(constituency.barcode()).as("Code 128 read back from the rendered page").matches("1-\\d{13}");
        assertThat(constituency.text()).contains(constituency.barcode());
        assertThat(pages.get(1).text()).contains("비례대표", "국민의힘", "조국혁신당");
        assertThat(pages.get(1).barcode()).matches("1-\\d{13}").isNotEqualTo(constituency.barcode());

        var twice = api.get(ballots, operator);
        assertThat(twice.status()).isEqualTo(410);
        assertThat(twice.problemCode()).isEqualTo("BALLOTS_ALREADY_PRINTED");

        String spoil = "/api/v1/early-voting/issuances/" + issuanceId + "/spoil";
        List<String> serials = List.of(constituency.barcode(), pages.get(1).barcode());
        var byOperator = api.postJson(spoil, operator, Map.of("reason", "잉크 번짐", "spoiledSerials", serials));
        assertThat(byOperator.problemCode()).isEqualTo("ACCESS_DENIED");
        String supervisor = s.supervisor(s.seoulStation);
        assertThat(api.postJson(spoil, supervisor, Map.of("reason", " ", "spoiledSerials", serials)).problemCode())
                .isEqualTo("INVALID_SPOIL");
        assertThat(api.postJson(spoil, supervisor, Map.of("reason", "잉크 번짐", "spoiledSerials", List.of(serials.get(0))))
                .problemCode()).isEqualTo("INVALID_SPOIL");
        assertThat(api.postJson(spoil, supervisor, Map.of("reason", "잉크 번짐", "spoiledSerials",
                List.of(serials.get(0), "1-0000000000001"))).problemCode()).isEqualTo("INVALID_SPOIL");
        var spoiled = api.postJson(spoil, supervisor, Map.of("reason", "잉크 번짐", "spoiledSerials", serials));
        assertThat(spoiled.status()).as(spoiled.toString()).isEqualTo(200);
        assertThat(api.postJson(spoil, supervisor, Map.of("reason", "again", "spoiledSerials", serials)).problemCode())
                .isEqualTo("NOTHING_TO_SPOIL");

        var reprinted = api.get(ballots, operator);
        assertThat(reprinted.status()).isEqualTo(200);
        List<String> fresh = PdfPages.pages(reprinted.bytes()).stream().map(PdfPages.Page::barcode).toList();
        assertThat(fresh).doesNotContainAnyElementsOf(serials).hasSize(2);
        assertThat(api.get(ballots, operator).status()).isEqualTo(410);
        assertThat(jdbc.sql("SELECT count(*) FROM ev_voided_serials WHERE serial IN (?, ?)").params(serials.get(0), serials.get(1))
                .query(Long.class).single()).isEqualTo(2);

        var report = api.postJson("/api/v1/early-voting/stations/" + s.seoulStation + "/close", operator,
                Map.of("electionId", s.election.toString())).json();
        assertThat(report.path("balanced").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("issued").asLong()).isEqualTo(1);
        assertThat(report.path("spoils").asLong()).isEqualTo(1);
        assertThat(report.path("spoiledBallots").asLong()).isEqualTo(2);
        assertThat(report.path("ballots").get(0).path("printed").asLong()).isEqualTo(2);
        assertThat(report.path("ballots").get(0).path("issued").asLong()).isEqualTo(1);
        assertThat(report.path("signatures").asLong()).isEqualTo(1);
    }

    @Test
    void anOutOfDistrictVoterGetsAReturnEnvelopeLabelForTheHomeCommission() {
        var s = fixture.sample();
        s.open(s.busanStation, DAY_1);
        s.open(s.seoulStation, DAY_1);
        var issued = s.identifyAndIssue(s.busanStation, s.voter(CHEONGUN)).json();
        assertThat(issued.path("inDistrict").asBoolean()).isFalse();
        var label = api.get(issued.path("documents").path("envelopeLabel").asString(), s.operator(s.busanStation));
        assertThat(label.status()).as(label.toString()).isEqualTo(200);
        PdfPages.Page page = PdfPages.pages(label.bytes()).get(0);
        assertThat(page.text()).contains("종로구 선거관리위원회", "서울특별시", "회송용 봉투", "중앙동 사전투표소");
        assertThat(page.barcode()).startsWith("R11110-");

        String inDistrict = s.identifyAndIssue(s.seoulStation, s.voter(SAJIK)).json().path("issuanceId").asString();
        assertThat(api.get("/api/v1/early-voting/issuances/" + inDistrict + "/envelope-label.pdf", s.operator(s.seoulStation))
                .problemCode()).isEqualTo("NO_RETURN_ENVELOPE");
        var ballots = api.get(issued.path("documents").path("ballots").asString(), s.operator(s.busanStation));
        assertThat(PdfPages.pages(ballots.bytes()).get(0).text()).as("the voter's own constituency").contains("종로구", "곽상언");

        var report = api.postJson("/api/v1/early-voting/stations/" + s.busanStation + "/close", s.operator(s.busanStation),
                Map.of("electionId", s.election.toString())).json();
        assertThat(report.path("outOfDistrict").asLong()).isEqualTo(1);
        assertThat(report.path("envelopeLabels").asLong()).isEqualTo(1);
        assertThat(report.path("balanced").asBoolean()).isTrue();
    }

    @Test
    void purgesSignaturesThirtyDaysAfterElectionDay() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        String issuanceId = s.identifyAndIssue(s.seoulStation, s.voter(CHEONGUN)).json().path("issuanceId").asString();
        String count = "SELECT count(*) FROM ev_signatures WHERE issuance_id = ?::uuid";
        fixture.at(EarlyVotingFixture.ELECTION_DAY.plusDays(30), LocalTime.of(23, 0));
        purge.purge();
        assertThat(jdbc.sql(count).param(issuanceId).query(Long.class).single()).as("kept on the 30th day").isEqualTo(1);
        fixture.at(EarlyVotingFixture.ELECTION_DAY.plusDays(31), LocalTime.of(1, 0));
        assertThat(purge.purge()).isPositive();
        assertThat(jdbc.sql(count).param(issuanceId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT signed FROM ev_issuances WHERE id = ?::uuid").param(issuanceId).query(Boolean.class).single())
                .as("the issuance remembers it was signed").isTrue();
    }
}
