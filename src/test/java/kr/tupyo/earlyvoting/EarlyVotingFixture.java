package kr.tupyo.earlyvoting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kr.tupyo.earlyvoting.internal.VoterOnList;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.ElectionId;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.support.ApiClient;
import org.springframework.boot.test.context.TestComponent;

/**
 * A small sample National Assembly election: the proportional contest and two constituencies
 * (서울 종로구, 부산 중구), a station in each, voters added by hand. Early voting on 2028-04-07/08.
 */
@TestComponent
public class EarlyVotingFixture {

    public static final String CHEONGUN = "1111051500"; // 서울 종로구 청운효자동
    public static final String SAJIK = "1111053000";    // 서울 종로구 사직동
    public static final String JUNGANG = "2611051000";  // 부산 중구 중앙동
    public static final LocalDate ELECTION_DAY = LocalDate.of(2028, 4, 12);
    public static final LocalDate DAY_1 = LocalDate.of(2028, 4, 7);
    public static final LocalDate DAY_2 = LocalDate.of(2028, 4, 8);

    private static final RrnGenerator RRNS = new RrnGenerator(System.nanoTime());
    private static final AtomicInteger VOTERS = new AtomicInteger();

    private final ApiClient api;
    private final FixtureVotersList list;
    private final MutableClock clock;
    private final ContestResolver resolver;

    public EarlyVotingFixture(ApiClient api, FixtureVotersList list, MutableClock clock, ContestResolver resolver) {
        this.api = api;
        this.list = list;
        this.clock = clock;
        this.resolver = resolver;
    }

    public MutableClock clock() {
        return clock;
    }

    public void at(LocalDate day, LocalTime time) {
        clock.setKorea(LocalDateTime.of(day, time));
    }

    /** The contest ids a voter of the 읍면동 votes in, in ballot order. */
    public List<String> contestsOf(Sample sample, String emdCode) {
        return resolver.resolve(sample.election, emdCode, true).contests().stream().map(c -> c.id().toString()).toList();
    }

    public Sample sample() {
        RegistryUploads.ensureKr2022Divisions(api);
        String admin = api.tokenFor(Role.ADMIN);
        var created = api.postJson("/api/v1/elections", admin, Map.of("type", "NATIONAL_ASSEMBLY",
                "name", "제23대 국회의원선거 " + UUID.randomUUID().toString().substring(0, 8), "electionDay", ELECTION_DAY.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String electionName = created.json().path("name").asString();
        String proportional = contest(id, "NATIONAL_ASSEMBLY_PROPORTIONAL", "비례대표국회의원", List.of());
        String jongno = contest(id, "NATIONAL_ASSEMBLY_CONSTITUENCY", "종로구", List.of("11110"));
        String busan = contest(id, "NATIONAL_ASSEMBLY_CONSTITUENCY", "중구영도구", List.of("26110"));
        entry(id, proportional, Map.of("party", "더불어민주당"));
        entry(id, proportional, Map.of("party", "국민의힘"));
        entry(id, proportional, Map.of("party", "조국혁신당"));
        entry(id, jongno, Map.of("party", "더불어민주당", "candidateName", "곽상언"));
        entry(id, jongno, Map.of("party", "국민의힘", "candidateName", "최재형"));
        entry(id, jongno, Map.of("candidateName", "홍길동"));
        entry(id, busan, Map.of("party", "국민의힘", "candidateName", "조승환"));
        entry(id, busan, Map.of("party", "더불어민주당", "candidateName", "박영미"));
        String seoulStation = station(id, CHEONGUN, "청운효자동 사전투표소");
        String busanStation = station(id, JUNGANG, "중앙동 사전투표소");
        return new Sample(ElectionId.of(id), electionName, seoulStation, busanStation, jongno, busan, proportional);
    }

    private String contest(String election, String kind, String name, List<String> areas) {
        var response = api.postJson("/api/v1/elections/" + election + "/contests", api.tokenFor(Role.ADMIN),
                Map.of("kind", kind, "name", name, "areas", areas));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private void entry(String election, String contest, Map<String, String> entry) {
        var response = api.postJson("/api/v1/elections/" + election + "/contests/" + contest + "/ballot",
                api.tokenFor(Role.ADMIN), entry);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String station(String election, String emd, String name) {
        var response = api.postJson("/api/v1/elections/" + election + "/stations", api.tokenFor(Role.ADMIN),
                Map.of("emdCode", emd, "name", name, "address", name + " 주소"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("code").asString();
    }

    /** The sample election with its stations and contests. */
    public final class Sample {
        public final ElectionId election;
        public final String name;
        public final String seoulStation;
        public final String busanStation;
        public final String jongnoContest;
        public final String busanContest;
        public final String proportionalContest;

        Sample(ElectionId election, String name, String seoulStation, String busanStation, String jongnoContest,
               String busanContest, String proportionalContest) {
            this.election = election;
            this.name = name;
            this.seoulStation = seoulStation;
            this.busanStation = busanStation;
            this.jongnoContest = jongnoContest;
            this.busanContest = busanContest;
            this.proportionalContest = proportionalContest;
        }

        public String operator(String station) {
            return api.tokenFor(Role.STATION_OPERATOR, station);
        }

        public String supervisor(String station) {
            return api.tokenFor(Role.STATION_SUPERVISOR, station);
        }

        /** A voter living in the 읍면동 with the given listing; answers the RRN to scan. */
        public String voter(String name, String emdCode, VoterOnList.Listing listing) {
            ResidentRegistrationNumber rrn = RRNS.next();
            voter(rrn, name, rrn.birthDate(), emdCode, listing);
            return rrn.digits();
        }

        public String voter(String emdCode) {
            return voter("선거인" + VOTERS.incrementAndGet(), emdCode, new VoterOnList.Listing.OnList());
        }

        public void voter(ResidentRegistrationNumber rrn, String name, LocalDate birthDate, String emdCode,
                          VoterOnList.Listing listing) {
            List<ContestId> contests = resolver.resolve(election, emdCode, true).contests().stream()
                    .map(c -> c.id()).toList();
            list.add(election, rrn, new VoterOnList("V-" + UUID.randomUUID(), name, birthDate, rrn.masked(), emdCode,
                    emdCode.startsWith("11") ? "종로구" : "중구", emdCode.startsWith("11") ? "청운효자동" : "중앙동",
                    "제1투표구", VOTERS.incrementAndGet(), contests, listing));
        }

        /** Opens the station on the day at 06:00 and leaves the clock there plus an hour. */
        public void open(String station, LocalDate day) {
            at(day, LocalTime.of(6, 0));
            var response = api.postJson("/api/v1/early-voting/stations/" + station + "/open", operator(station),
                    Map.of("electionId", election.toString()));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            at(day, LocalTime.of(7, 0));
        }

        public ApiClient.Response identify(String station, String rrn) {
            return api.postJson("/api/v1/early-voting/identifications", operator(station),
                    Map.of("electionId", election.toString(), "rrn", rrn));
        }

        public ApiClient.Response issue(String station, String identificationId, String key) {
            return api.send(api.request("/api/v1/early-voting/issuances", operator(station))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"identificationId\":\"" + identificationId + "\",\"signature\":\"" + SIGNATURE + "\"}")));
        }

        /** Identifies and issues in one go; answers the issuance response. */
        public ApiClient.Response identifyAndIssue(String station, String rrn) {
            var identified = identify(station, rrn);
            assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
            return issue(station, identified.json().path("identificationId").asString(), UUID.randomUUID().toString());
        }
    }

    /** A 1×1 PNG: enough of a signature for the API. */
    public static final String SIGNATURE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
