package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_2;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.earlyvoting.FixtureVotersList;
import kr.tupyo.earlyvoting.internal.VoterOnList;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.ElectionId;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.VoterId;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The national job of marked election-day lists: every precinct's CSV carries 사전투표 on exactly its
 * early voters, each file's recorded SHA-256 is the digest of its bytes, and the reconciliation's
 * "voters marked = issued" holds. The finalised list is a test double of {@link PrecinctLists} whose
 * voter ids are the ids the fixture's voters list gives early voting (the roll module is tested apart).
 */
@EarlyVotingIntegrationTest
@Import(TurnoutElectionDayListsIT.Lists.class)
class TurnoutElectionDayListsIT {

    /** Two precincts in 청운효자동 and one in 부산 중앙동, filled by the test. */
    static final class FakeLists implements PrecinctLists {
        final Map<ElectionId, Map<ListedPrecinct, List<ListLine>>> lists = new ConcurrentHashMap<>();

        @Override
        public List<ListedPrecinct> precincts(ElectionId election) {
            return List.copyOf(lists.getOrDefault(election, Map.of()).keySet()).stream()
                    .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        }

        @Override
        public void forEachLine(ElectionId election, long precinctId, Consumer<ListLine> action) {
            lists.getOrDefault(election, Map.of()).forEach((p, lines) -> {
                if (p.id() == precinctId) {
                    lines.forEach(action);
                }
            });
        }

        @Override
        public Map<String, Long> votersPerEmd(ElectionId election) {
            Map<String, Long> n = new java.util.HashMap<>();
            lists.getOrDefault(election, Map.of()).forEach((p, lines) -> n.merge(p.emdCode(), (long) lines.size(), Long::sum));
            return n;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Lists {
        @Bean
        @Primary
        FakeLists fakePrecinctLists() {
            return new FakeLists();
        }
    }

    private static final RrnGenerator RRNS = new RrnGenerator(System.nanoTime());

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    FixtureVotersList votersList;
    @Autowired
    FakeLists lists;
    @Autowired
    ContestResolver resolver;
    @Autowired
    ApiClient api;
    @Autowired
    kr.tupyo.election.Precincts electionPrecincts;

    @Test
    void everyPrecinctListMarksExactlyItsEarlyVotersAndEachFileDigestIsRecorded() throws Exception {
        var s = fixture.sample();
        long base = Math.abs(System.nanoTime() % 1_000_000_000L) * 100;
        Map<PrecinctLists.ListedPrecinct, List<PrecinctLists.ListLine>> precincts = new java.util.LinkedHashMap<>();
        Map<Long, String> rrnOf = new java.util.HashMap<>();
        long[] precinctIds = {base + 1, base + 2, base + 3};
        String[] emds = {CHEONGUN, CHEONGUN, JUNGANG};
        long id = base + 10;
        for (int p = 0; p < 3; p++) {
            var precinct = new PrecinctLists.ListedPrecinct(precinctIds[p], emds[p], p == 1 ? 2 : 1, "제" + (p + 1) + "투", "투표소 " + p);
            List<PrecinctLists.ListLine> lines = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                long voter = id++;
                var rrn = RRNS.next();
                List<ContestId> contests = resolver.resolve(s.election, emds[p], true).contests().stream().map(c -> c.id()).toList();
                votersList.add(s.election, rrn, new VoterOnList(Long.toString(voter), "유권자" + voter, rrn.birthDate(),
                        rrn.masked(), emds[p], "구", "동", precinct.name(), n, contests, new VoterOnList.Listing.OnList()));
                rrnOf.put(voter, rrn.digits());
                lines.add(new PrecinctLists.ListLine(new VoterId(voter), n, "유권자" + voter, "주소 " + voter, rrn.birthDate(),
                        rrn.masked(), "DOMESTIC", null));
            }
            precincts.put(precinct, lines);
        }
        lists.lists.put(s.election, precincts);

        // Early voting: voters 2 and 5 of precinct 1, voter 1 of precinct 2 (at the Busan station: 관외), none of precinct 3.
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        fixture.at(DAY_1, LocalTime.of(10, 0));
        List<List<PrecinctLists.ListLine>> all = new ArrayList<>(precincts.values());
        Set<Long> early = new TreeSet<>();
        for (var line : List.of(all.get(0).get(1), all.get(0).get(4))) {
            assertThat(s.identifyAndIssue(s.seoulStation, rrnOf.get(line.id().value())).status()).isEqualTo(201);
            early.add(line.id().value());
        }
        assertThat(s.identifyAndIssue(s.busanStation, rrnOf.get(all.get(1).get(0).id().value())).status()).isEqualTo(201);
        early.add(all.get(1).get(0).id().value());

        String officer = api.tokenFor(Role.ROLL_OFFICER);
        String lists = "/api/v1/turnout/elections/" + s.election + "/lists?formats=CSV_PDF";
        assertThat(api.postJson(lists, officer, "{}").problemCode()).as("early voting still open")
                .isEqualTo("TURNOUT_EARLY_VOTING_NOT_CLOSED");

        fixture.at(DAY_2, LocalTime.of(18, 0));
        var started = api.postJson(lists, officer, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = started.json().path("id").asString();
        JsonNode state = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            state = api.get("/api/v1/turnout/list-jobs/" + job, officer).json();
            if (Set.of("SUCCEEDED", "FAILED").contains(state.path("job").path("status").asString())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(state.path("job").path("status").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
        assertThat(state.path("percent").asInt()).isEqualTo(100);
        assertThat(state.path("job").path("done").asInt()).isEqualTo(3);
        assertThat(state.path("job").path("lines").asLong()).isEqualTo(18);

        JsonNode files = api.get("/api/v1/turnout/list-jobs/" + job + "/files", officer).json();
        assertThat(files.size()).as("a CSV and a PDF per precinct").isEqualTo(6);
        Set<Long> marked = new TreeSet<>();
        for (JsonNode f : files) {
            var download = api.get("/api/v1/turnout/list-jobs/" + job + "/files/" + f.path("precinctId").asLong() + "."
                    + f.path("format").asString().toLowerCase(), officer);
            assertThat(download.status()).isEqualTo(200);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.bytes()));
            assertThat(sha).as("recorded digest = digest of the file").isEqualTo(f.path("sha256").asString())
                    .isEqualTo(download.header("X-Content-SHA256"));
            if (f.path("format").asString().equals("CSV")) {
                String csv = new String(download.bytes(), StandardCharsets.UTF_8);
                assertThat(csv.lines().count()).isEqualTo(7);
                csv.lines().skip(1).filter(l -> l.endsWith(",사전투표"))
                        .forEach(l -> marked.add(Long.parseLong(l.split(",")[1].substring("유권자".length()))));
                assertThat(f.path("earlyVoters").asInt()).isEqualTo((int) csv.lines().filter(l -> l.endsWith(",사전투표")).count());
            } else {
                assertThat(new String(download.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                String text;
                try (var doc = org.apache.pdfbox.Loader.loadPDF(download.bytes())) {
                    text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                }
                assertThat(text).as("the Korean text reads back").contains("선거인명부", "선거인번호", "유권자");
                assertThat(text.contains("사전투표 ")).isEqualTo(f.path("earlyVoters").asInt() > 0);
            }
        }
        assertThat(marked).as("exactly the early voters, each in their own precinct's list").isEqualTo(early);

        // One precinct on demand says the same.
        var one = api.get("/api/v1/turnout/elections/" + s.election + "/precincts/" + precinctIds[0] + "/marked-list.csv", officer);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().lines().filter(l -> l.endsWith(",사전투표")).count()).isEqualTo(2);

        // The national reconciliation now checks the marks against the issuances.
        JsonNode r = api.get("/api/v1/turnout/elections/" + s.election + "/reconciliation", officer).json();
        boolean checked = false;
        for (JsonNode c : r.path("checks")) {
            if (c.path("rule").asString().equals("VOTERS_MARKED_EQUAL_ISSUED")) {
                checked = true;
                assertThat(c.path("holds").asBoolean()).as(c.toString()).isTrue();
                assertThat(c.path("actual").asLong()).isEqualTo(3);
            }
        }
        assertThat(checked).isTrue();

        // Turnout over the finalised list's 18 electors: 3 early voters.
        JsonNode live = api.get("/api/v1/turnout/elections/" + s.election + "/live", officer).json();
        assertThat(live.path("nation").path("electors").asLong()).isEqualTo(18);
        assertThat(live.path("nation").path("percent").asDouble()).isEqualTo(16.67);
        assertThat(LocalDate.parse(live.path("electionDate").asString())).isEqualTo(EarlyVotingFixture.ELECTION_DAY);

        // Election day: a precinct official enters hourly counts; the dashboards add them to early voting.
        var upload = kr.tupyo.registry.RegistryUploads.upload(api, "/api/v1/elections/" + s.election + "/precincts",
                api.tokenFor(Role.ADMIN), "precincts.csv", """
                        sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters
                        서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170
                        """);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        long precinct = electionPrecincts.of(s.election).getFirst().id();
        String entries = "/api/v1/turnout/elections/" + s.election + "/election-day/entries";
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(12, 30));
        assertThat(api.postJson(entries, officer, Map.of("precinctId", precinct, "hour", 10, "voters", 100)).status()).isEqualTo(201);
        assertThat(api.postJson(entries, officer, Map.of("precinctId", precinct, "hour", 12, "voters", 250)).status()).isEqualTo(201);
        assertThat(api.postJson(entries, officer, Map.of("precinctId", precinct, "hour", 21, "voters", 1)).problemCode())
                .isEqualTo("TURNOUT_INVALID_ENTRY");
        JsonNode day = api.get("/api/v1/turnout/elections/" + s.election + "/live", officer).json();
        assertThat(day.path("nation").path("electionDay").asLong()).isEqualTo(250);
        assertThat(day.path("nation").path("voters").asLong()).isEqualTo(253);
        JsonNode hours = day.path("electionDayHours");
        assertThat(hours.get(hours.size() - 1).path("cumulative").asLong()).isEqualTo(250);
        assertThat(hours.get(10 - 6).path("cumulative").asLong()).isEqualTo(100);
    }
}
