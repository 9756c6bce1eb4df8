package kr.tupyo.turnout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kr.tupyo.earlyvoting.MutableClock;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole election-day chain on real modules, over HTTP only, with nothing replaced but the clock:
 * the kr-2022 divisions and a 306-resident register extract imported through the registry API, a
 * National Assembly election with contests, ballots, four precincts and their default early-voting
 * stations through the election API, the voters list compiled and finalised through the roll API,
 * two days of early voting at an in-district and an out-of-district station through the early-voting
 * API (identified on the real integrated voters list), then the national job of marked election-day
 * lists. Checked: the lists are refused while early voting is open; each precinct's CSV marks 사전투표 on
 * exactly that precinct's early voters and nobody else; every recorded digest is the SHA-256 of the file
 * served, and one precinct produced on demand is the same file; the PDFs read back in Korean; the
 * reconciliation balances (also "voters marked = issued"); the turnout figures equal the issuance
 * records, per 시군구, 읍면동 and station, over the finalised list's electors. Then the files of the run:
 * every download is audited, a bad format refused; in Chromium an officer starts a second run from the
 * dashboard, watches its progress bar reach 100 %, and downloads each file from the run's page, with the
 * digest shown equal to the one recorded; and a file altered on disk is refused (409, audited).
 */
@TupyoIntegrationTest
@Import(ElectionDayChainIT.SettableClock.class)
class ElectionDayChainIT {

    /** The only thing not real: the clock, so that the test can stand inside early-voting hours. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SettableClock {
        @Bean
        @Primary
        MutableClock chainClock() {
            return new MutableClock();
        }
    }

    static final String CHEONGUN = RegisterFixtures.CHEONGUN; // 서울 종로구 청운효자동: two precincts
    static final String SAJIK = RegisterFixtures.SAJIK;       // 서울 종로구 사직동
    static final String JUNGANG = "2611051000";               // 부산 중구 중앙동
    static final String SEOUL_STATION = "EV-" + CHEONGUN + "-1";
    static final String BUSAN_STATION = "EV-" + JUNGANG + "-1";

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;
    @Autowired
    StaffAccounts accounts;

    @RegisterExtension
    static Browser browser = new Browser();

    static final String PASSWORD = "chain-browser-1";

    String admin;
    String officer;
    String observer;
    String election;
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final RrnGenerator numbers = RegisterFixtures.numbers();

    /** A resident of the extract. */
    record Resident(String name, ResidentRegistrationNumber rrn, String emd) {
        boolean inSeoul() {
            return emd.startsWith("11");
        }
    }

    /** One issuance as the test made it. */
    record Issued(Resident voter, String station, boolean inDistrict) {
    }

    @Test
    void earlyVotersAreMarkedOnTheirPrecinctsListsAndEverythingBalances() throws Exception {
        admin = api.tokenFor(Role.ADMIN);
        officer = api.tokenFor(Role.ROLL_OFFICER);
        observer = api.tokenFor(Role.OBSERVER);

        // 1. The register: divisions, and an extract of 306 residents (6 of them too young to vote).
        LocalDate extractDate = RegisterFixtures.nextExtractDate(jdbc);
        LocalDate electionDay = extractDate.plusDays(60);
        at(extractDate, LocalTime.of(10, 0));
        RegistryUploads.ensureKr2022Divisions(api);
        Map<String, List<Resident>> residents = new LinkedHashMap<>();
        List<Resident> underAge = new ArrayList<>();
        var extract = new RegisterFixtures.Extract();
        int n = 0;
        for (var emd : Map.of(CHEONGUN, 120, SAJIK, 90, JUNGANG, 90).entrySet()) {
            for (int i = 0; i < emd.getValue(); i++) {
                residents.computeIfAbsent(emd.getKey(), k -> new ArrayList<>()).add(resident(extract, n++, emd.getKey(),
                        LocalDate.of(1950, 1, 1).plusDays(37L * n)));
            }
            for (int i = 0; i < 2; i++) {
                underAge.add(resident(extract, n++, emd.getKey(), electionDay.minusYears(17).plusDays(n)));
            }
        }
        accepted(RegistryUploads.upload(api, "/api/v1/registry/extracts?extractDate=" + extractDate, admin, "extract.csv",
                extract.toString()));

        // 2. The election: contests and ballots, four precincts, the default station of each 읍면동.
        var created = api.postJson("/api/v1/elections", admin, Map.of("type", "NATIONAL_ASSEMBLY",
                "name", "연결 시험 국회의원선거 " + tag, "electionDay", electionDay.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        election = created.json().path("id").asString();
        JsonNode calendar = created.json().path("calendar");
        String proportional = contest("NATIONAL_ASSEMBLY_PROPORTIONAL", "비례대표국회의원", List.of());
        String jongno = contest("NATIONAL_ASSEMBLY_CONSTITUENCY", "종로구", List.of("11110"));
        String busan = contest("NATIONAL_ASSEMBLY_CONSTITUENCY", "중구영도구", List.of("26110"));
        entry(proportional, Map.of("party", "더불어민주당"));
        entry(proportional, Map.of("party", "국민의힘"));
        entry(jongno, Map.of("party", "더불어민주당", "candidateName", "곽상언"));
        entry(jongno, Map.of("party", "국민의힘", "candidateName", "최재형"));
        entry(busan, Map.of("party", "국민의힘", "candidateName", "조승환"));
        entry(busan, Map.of("party", "더불어민주당", "candidateName", "박영미"));
        accepted(RegistryUploads.upload(api, "/api/v1/elections/" + election + "/precincts", admin, "precincts.csv", """
                sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters
                서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,60,30
                서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,60,30
                서울특별시,종로구,11110,사직동,1111053000,사직동제1투,90,45
                부산광역시,중구,26110,중앙동,2611051000,중앙동제1투,90,45
                """));
        var stations = api.postJson("/api/v1/elections/" + election + "/stations/generate", admin, "{}");
        assertThat(stations.status()).as(stations.toString()).isLessThan(300);

        // 3. The voters list: compiled as of the reference date, then finalised (synchronously, or as a job).
        LocalDate reference = LocalDate.parse(calendar.path("referenceDate").asString());
        at(reference.plusDays(1), LocalTime.of(9, 0));
        var compile = api.postJson("/api/v1/elections/" + election + "/roll/compile", officer, "{}");
        assertThat(compile.status()).as(compile.toString()).isEqualTo(202);
        awaitJob("/api/v1/jobs/" + compile.json().path("id").asString());
        at(LocalDate.parse(calendar.path("finalisationDate").asString()), LocalTime.of(10, 0));
        finalise();
        JsonNode roll = api.get("/api/v1/elections/" + election + "/roll", officer).json();
        assertThat(roll.path("status").asString()).isEqualTo("FINALISED");
        assertThat(roll.path("voters").asLong()).as("everyone but the six too young").isEqualTo(300);

        // Which precinct's list each voter is on, as the roll API shows it.
        Map<Long, Set<String>> listed = new LinkedHashMap<>();
        for (JsonNode p : api.get("/api/v1/elections/" + election + "/roll/precincts", officer).json()) {
            Set<String> names = new TreeSet<>();
            JsonNode page = api.get("/api/v1/elections/" + election + "/roll/voters?precinct=" + p.path("id").asLong()
                    + "&limit=1000", officer).json();
            page.path("voters").forEach(v -> names.add(v.path("name").asString()));
            assertThat(page.path("total").asLong()).isEqualTo(names.size());
            listed.put(p.path("id").asLong(), names);
        }
        assertThat(listed).hasSize(4);
        assertThat(listed.values().stream().mapToInt(Set::size).sum()).isEqualTo(300);

        // 4. Two days of early voting at 청운효자동 (Seoul) and 중앙동 (Busan).
        LocalDate day1 = LocalDate.parse(calendar.path("earlyVoting").path("first").asString());
        LocalDate day2 = LocalDate.parse(calendar.path("earlyVoting").path("last").asString());
        List<Issued> issued = new ArrayList<>();
        List<Resident> cheongun = residents.get(CHEONGUN);
        List<Resident> sajik = residents.get(SAJIK);
        List<Resident> jungang = residents.get(JUNGANG);

        openBoth(day1);
        at(day1, LocalTime.of(9, 15));
        issueAll(issued, SEOUL_STATION, cheongun.subList(0, 10), true);
        issueAll(issued, SEOUL_STATION, sajik.subList(0, 5), true); // same constituency: in district
        issueAll(issued, SEOUL_STATION, jungang.subList(0, 3), false);
        issueAll(issued, BUSAN_STATION, jungang.subList(3, 9), true);
        issueAll(issued, BUSAN_STATION, cheongun.subList(10, 14), false);
        assertThat(identify(SEOUL_STATION, underAge.getFirst()).path("status").asString())
                .as("not on the finalised list").isEqualTo("NOT_ON_LIST");
        closeBoth(day1);

        openBoth(day2);
        at(day2, LocalTime.of(14, 40));
        assertThat(identify(BUSAN_STATION, cheongun.getFirst()).path("status").asString())
                .as("issued yesterday in Seoul").isEqualTo("ALREADY_ISSUED");
        issueAll(issued, SEOUL_STATION, cheongun.subList(60, 64), true);
        issueAll(issued, SEOUL_STATION, sajik.subList(40, 42), true);
        issueAll(issued, BUSAN_STATION, jungang.subList(50, 53), true);
        issueAll(issued, BUSAN_STATION, sajik.subList(80, 82), false);
        String lists = "/api/v1/turnout/elections/" + election + "/lists?formats=CSV_PDF";
        assertThat(api.postJson(lists, officer, "{}").problemCode()).as("a mark could still be missing")
                .isEqualTo("TURNOUT_EARLY_VOTING_NOT_CLOSED");
        closeBoth(day2);
        assertThat(issued).hasSize(39);

        // 5. After early voting has closed: every precinct's election-day list with the early voters marked.
        at(day2, LocalTime.of(18, 30));
        var requested = api.postJson(lists, officer, "{}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String job = requested.json().path("id").asString();
        JsonNode state = awaitListJob(job);
        assertThat(state.path("job").path("done").asInt()).isEqualTo(4);
        assertThat(state.path("job").path("lines").asLong()).isEqualTo(300);

        Set<String> early = new TreeSet<>();
        issued.forEach(i -> early.add(i.voter().name()));
        Set<String> markedAnywhere = new TreeSet<>();
        JsonNode files = api.get("/api/v1/turnout/list-jobs/" + job + "/files", officer).json();
        assertThat(files.size()).as("a CSV and a PDF for each of the four precincts").isEqualTo(8);
        for (JsonNode f : files) {
            long precinct = f.path("precinctId").asLong();
            String format = f.path("format").asString();
            var download = api.get("/api/v1/turnout/list-jobs/" + job + "/files/" + precinct + "." + format.toLowerCase(), officer);
            assertThat(download.status()).isEqualTo(200);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.bytes()));
            assertThat(f.path("sha256").asString()).as("recorded digest of %s.%s", precinct, format).isEqualTo(sha);
            assertThat(download.header("X-Content-SHA256")).isEqualTo(sha);
            if (!format.equals("CSV")) {
                assertThat(new String(download.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                String text;
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(download.bytes())) {
                    text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                }
                assertThat(text).as("the Korean text reads back").contains("선거인명부", "선거인번호", "유권자", "사전투표 ");
                continue;
            }
            Set<String> names = new TreeSet<>();
            Set<String> marked = new TreeSet<>();
            List<String> lines = new String(download.bytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).isEqualTo("voter_number,name,address,birth_date,rrn_masked,remarks");
            for (String line : lines.subList(1, lines.size())) {
                String[] field = line.split(",", -1);
                assertThat(field).as(line).hasSize(6);
                names.add(field[1]);
                if (field[5].contains("사전투표")) {
                    marked.add(field[1]);
                } else {
                    assertThat(field[5]).as("nobody else carries a remark: %s", line).isEmpty();
                }
            }
            assertThat(names).as("precinct %s lists its own voters", precinct).isEqualTo(listed.get(precinct));
            Set<String> expected = new TreeSet<>(listed.get(precinct));
            expected.retainAll(early);
            assertThat(marked).as("precinct %s marks exactly its early voters", precinct).isEqualTo(expected);
            assertThat(f.path("earlyVoters").asInt()).isEqualTo(expected.size());
            assertThat(f.path("lines").asInt()).isEqualTo(names.size());
            markedAnywhere.addAll(marked);
            var onDemand = api.get("/api/v1/turnout/elections/" + election + "/precincts/" + precinct + "/marked-list.csv", officer);
            assertThat(onDemand.header("X-Content-SHA256")).as("one precinct on demand: the same file").isEqualTo(sha);
        }
        assertThat(markedAnywhere).as("every early voter marked once, in their own precinct").isEqualTo(early);
        assertThat(listed.values().stream().filter(p -> p.stream().anyMatch(early::contains)).count())
                .as("early voters come from every precinct").isEqualTo(4);

        // 6. The reconciliation balances, including the marks against the issuances.
        JsonNode r = api.get("/api/v1/turnout/elections/" + election + "/reconciliation", observer).json();
        long in = issued.stream().filter(Issued::inDistrict).count();
        assertThat(r.path("stationDays").asInt()).isEqualTo(4);
        assertThat(r.path("imbalancedStationDays").asInt()).as(r.toString()).isZero();
        assertThat(r.path("totals").path("issued").asLong()).isEqualTo(39);
        assertThat(r.path("totals").path("inDistrict").asLong()).isEqualTo(in);
        assertThat(r.path("totals").path("outOfDistrict").asLong()).isEqualTo(39 - in);
        Map<String, JsonNode> checks = new HashMap<>();
        r.path("checks").forEach(c -> checks.put(c.path("rule").asString(), c));
        assertThat(checks.values()).allSatisfy(c -> assertThat(c.path("holds").asBoolean()).as(c.toString()).isTrue());
        assertThat(checks.get("VOTERS_MARKED_EQUAL_ISSUED").path("actual").asLong()).isEqualTo(39);
        assertThat(r.path("balanced").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/turnout/elections/" + election + "/reconciliation.txt", observer).body().strip())
                .endsWith("BALANCED").doesNotContain("IMBALANCED");

        // 7. Turnout equals the issuance records: nation, 시군구, 읍면동, station, over the finalised list.
        JsonNode live = api.get("/api/v1/turnout/elections/" + election + "/live", observer).json();
        assertThat(live.path("nation").path("electors").asLong()).isEqualTo(300);
        assertThat(live.path("nation").path("early").asLong()).isEqualTo(39);
        assertThat(live.path("nation").path("inDistrict").asLong()).isEqualTo(in);
        assertThat(live.path("nation").path("outOfDistrict").asLong()).isEqualTo(39 - in);
        assertThat(live.path("nation").path("percent").asDouble()).isEqualTo(13.0);
        JsonNode hours = live.path("hours");
        assertThat(hours.get(hours.size() - 1).path("cumulative").asLong()).isEqualTo(39);
        Map<String, Long> perSgg = new HashMap<>();
        Map<String, Long> electorsPerSgg = new HashMap<>();
        live.path("sggs").forEach(a -> {
            perSgg.put(a.path("code").asString(), a.path("early").asLong());
            electorsPerSgg.put(a.path("code").asString(), a.path("electors").asLong());
        });
        assertThat(perSgg).containsEntry("11110", issued.stream().filter(i -> i.voter().inSeoul()).count())
                .containsEntry("26110", issued.stream().filter(i -> !i.voter().inSeoul()).count());
        assertThat(perSgg.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(39);
        assertThat(electorsPerSgg).containsEntry("11110", 210L).containsEntry("26110", 90L);
        Map<String, long[]> perEmd = new HashMap<>();
        for (Issued i : issued) {
            perEmd.computeIfAbsent(i.voter().emd(), k -> new long[2])[i.inDistrict() ? 0 : 1]++;
        }
        JsonNode emds = api.get("/api/v1/turnout/elections/" + election + "/emds", observer).json();
        assertThat(emds.size()).isEqualTo(3);
        for (JsonNode e : emds) {
            long[] expected = perEmd.get(e.path("emdCode").asString().strip());
            assertThat(new long[] {e.path("inDistrict").asLong(), e.path("outOfDistrict").asLong()})
                    .as("읍면동 %s", e.path("emdCode").asString()).containsExactly(expected);
        }
        Map<String, Long> perStation = new HashMap<>();
        api.get("/api/v1/turnout/elections/" + election + "/stations/hours", observer).json().forEach(h ->
                perStation.merge(h.path("station").asString(), h.path("inDistrict").asLong() + h.path("outOfDistrict").asLong(),
                        Long::sum));
        assertThat(perStation).containsOnly(
                Map.entry(SEOUL_STATION, issued.stream().filter(i -> i.station().equals(SEOUL_STATION)).count()),
                Map.entry(BUSAN_STATION, issued.stream().filter(i -> i.station().equals(BUSAN_STATION)).count()));

        // 8. The national run's files: every download is audited, a format other than csv/pdf is refused.
        auditEntries.chainPending();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE action = 'TURNOUT_LIST_DOWNLOADED' AND outcome = 'SUCCESS'
                AND details LIKE ?""").param("%" + job + "%").query(Long.class).single())
                .as("the 8 files of the job downloaded above, each in the audit log").isEqualTo(8);
        long firstPrecinct = files.get(0).path("precinctId").asLong();
        var badFormat = api.get("/api/v1/turnout/list-jobs/" + job + "/files/" + firstPrecinct + ".xls", officer);
        assertThat(badFormat.status()).isEqualTo(422);
        assertThat(badFormat.problemCode()).isEqualTo("TURNOUT_INVALID_ENTRY");

        // 9. In the browser: an officer starts a national run from the dashboard, the progress bar runs to the end,
        //    and the run's page lists every file with its digest and serves it.
        String user = "chain-officer-" + tag;
        accounts.create(user, "명부 담당 " + tag, Role.ROLL_OFFICER, null, PASSWORD);
        browser.open("/login").signIn(user, PASSWORD);
        browser.open("/turnout?election=" + election);
        clock.advanceSeconds(60); // the new run is the newest
        browser.clickAndWaitForPage(inView(By.cssSelector("#turnout-lists form button[type=submit]")));
        browser.waitUntil(d -> {
            try { // the page reloads itself when the run ends
                return "SUCCEEDED".equals(browser.js("var e = document.querySelector('#turnout-lists .turnout-job .job-status');"
                        + " return e ? e.textContent.trim() : '';"));
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
        assertThat(browser.driver().findElement(By.cssSelector("#turnout-lists .turnout-job .tupyo-progress"))
                .getAttribute("aria-valuenow")).isEqualTo("100");
        browser.clickAndWaitForPage(inView(By.cssSelector("#turnout-lists .turnout-job .list-job-files")));
        String browserJob = browser.path().replaceFirst(".*/list-jobs/", "");
        assertThat(browserJob).isNotEqualTo(job);
        assertThat(browser.driver().findElements(By.cssSelector("#list-files tbody tr"))).hasSize(8);
        assertThat(browser.texts(By.cssSelector("#list-files tbody td:first-child"))).contains("청운효자동제1투", "중앙동제1투");
        Map<String, String> recorded = new HashMap<>();
        api.get("/api/v1/turnout/list-jobs/" + browserJob + "/files", officer).json().forEach(f ->
                recorded.put(f.path("precinctId").asLong() + "." + f.path("format").asString().toLowerCase(), f.path("sha256").asString()));
        String session = browser.driver().manage().getCookieNamed("TUPYO_SESSION").getValue();
        for (var row : browser.driver().findElements(By.cssSelector("#list-files tbody tr"))) {
            String key = row.getAttribute("data-precinct") + "." + row.getAttribute("data-format").toLowerCase();
            String shown = row.findElement(By.cssSelector(".list-file-sha")).getText();
            assertThat(shown).as("digest shown for %s", key).isEqualTo(recorded.get(key));
            String href = row.findElement(By.cssSelector(".list-file-download")).getAttribute("href");
            var download = api.send(api.request(href.substring(api.baseUrl().length()), null)
                    .header("Cookie", "TUPYO_SESSION=" + session).GET());
            assertThat(download.status()).as(href).isEqualTo(200);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.bytes())))
                    .as("the file served is the one recorded").isEqualTo(shown);
        }

        // 10. A file altered on disk after it was recorded is refused, and the refusal is audited.
        String path = jdbc.sql("SELECT path FROM turnout_list_files WHERE job_id = ?::uuid AND precinct_id = ? AND format = 'CSV'")
                .params(job, firstPrecinct).query(String.class).single();
        java.nio.file.Files.writeString(java.nio.file.Path.of(path), "1,누군가,어딘가,1970-01-01,700101-1******,사전투표\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        var altered = api.get("/api/v1/turnout/list-jobs/" + job + "/files/" + firstPrecinct + ".csv", officer);
        assertThat(altered.status()).isEqualTo(409);
        assertThat(altered.problemCode()).isEqualTo("TURNOUT_LIST_ALTERED");
        auditEntries.chainPending();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE action = 'TURNOUT_LIST_DOWNLOADED' AND outcome = 'FAILURE'
                AND details LIKE ?""").param("%" + job + "%").query(Long.class).single()).isEqualTo(1);
    }

    // --- the register ------------------------------------------------------------------------------------

    private Resident resident(RegisterFixtures.Extract extract, int n, String emd, LocalDate birth) {
        var rrn = numbers.of(birth, n % 2 == 0 ? Sex.F : Sex.M, false);
        String name = "유권자" + n + tag;
        String street = emd.startsWith("11") ? "서울 종로구 자하문로 " : "부산 중구 중앙대로 ";
        extract.row(RegisterFixtures.hyphenated(rrn), name, birth.toString(), rrn.sex().name(), "KR", emd,
                street + (1000 + n), "2010-01-01", "DOMESTIC", "");
        return new Resident(name, rrn, emd);
    }

    // --- the election ------------------------------------------------------------------------------------

    private String contest(String kind, String name, List<String> areas) {
        var response = api.postJson("/api/v1/elections/" + election + "/contests", admin,
                Map.of("kind", kind, "name", name, "areas", areas));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private void entry(String contest, Map<String, String> entry) {
        var response = api.postJson("/api/v1/elections/" + election + "/contests/" + contest + "/ballot", admin, entry);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** Finalises the list: a synchronous 200, or 202 with a job to follow until it succeeds. */
    private void finalise() {
        var finalised = api.postJson("/api/v1/elections/" + election + "/roll/finalise", officer, "{}");
        assertThat(finalised.status()).as(finalised.toString()).isIn(200, 202);
        if (finalised.status() == 202) {
            String location = finalised.header("Location");
            awaitJob(location != null ? location : "/api/v1/jobs/" + finalised.json().path("id").asString());
        } else {
            assertThat(finalised.json().path("status").asString()).isEqualTo("FINALISED");
        }
    }

    // --- early voting ------------------------------------------------------------------------------------

    private String operator(String station) {
        return api.tokenFor(Role.STATION_OPERATOR, station);
    }

    private void openBoth(LocalDate day) {
        at(day, LocalTime.of(6, 0));
        for (String station : List.of(SEOUL_STATION, BUSAN_STATION)) {
            var opened = api.postJson("/api/v1/early-voting/stations/" + station + "/open", operator(station),
                    Map.of("electionId", election));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        }
    }

    private void closeBoth(LocalDate day) {
        at(day, LocalTime.of(17, 59));
        for (String station : List.of(SEOUL_STATION, BUSAN_STATION)) {
            var closed = api.postJson("/api/v1/early-voting/stations/" + station + "/close", operator(station),
                    Map.of("electionId", election));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        }
    }

    private JsonNode identify(String station, Resident voter) {
        var identified = api.postJson("/api/v1/early-voting/identifications", operator(station),
                Map.of("electionId", election, "rrn", voter.rrn().digits()));
        assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
        return identified.json();
    }

    /** Identifies and issues to each voter, printing the ballots and (out of district) the envelope label. */
    private void issueAll(List<Issued> issued, String station, List<Resident> voters, boolean inDistrict) {
        for (Resident voter : voters) {
            JsonNode identified = identify(station, voter);
            assertThat(identified.path("status").asString()).as(voter.name()).isEqualTo("ELIGIBLE");
            assertThat(identified.path("name").asString()).isEqualTo(voter.name());
            assertThat(identified.path("inDistrict").asBoolean()).as("%s at %s", voter.name(), station).isEqualTo(inDistrict);
            var response = api.send(api.request("/api/v1/early-voting/issuances", operator(station))
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"identificationId\":\""
                            + identified.path("identificationId").asString() + "\",\"signature\":\""
                            + kr.tupyo.earlyvoting.EarlyVotingFixture.SIGNATURE + "\"}")));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode documents = response.json().path("documents");
            assertThat(api.get(documents.path("ballots").asString(), operator(station)).status()).isEqualTo(200);
            assertThat(documents.path("envelopeLabel").isNull()).isEqualTo(inDistrict);
            if (!inDistrict) {
                assertThat(api.get(documents.path("envelopeLabel").asString(), operator(station)).status()).isEqualTo(200);
            }
            issued.add(new Issued(voter, station, inDistrict));
            clock.advanceSeconds(90);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The element scrolled (without animation) to the middle of the window, so that nothing covers it. */
    private static By inView(By locator) {
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.waitFor(locator));
        return locator;
    }

    private void at(LocalDate day, LocalTime time) {
        clock.setKorea(LocalDateTime.of(day, time));
    }

    /** 201 (or 202 followed to its end) for an upload. */
    private void accepted(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(201, 202);
        if (response.status() == 202 && response.header("Location") != null) {
            awaitJob(response.header("Location"));
        }
    }

    /** Polls a job resource until it has SUCCEEDED (fails on FAILED or after 90 s). */
    private JsonNode awaitJob(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = api.get(path, officer).json();
            String status = state.path("status").asString();
            assertThat(status).as(state.toString()).isNotEqualTo("FAILED");
            if (status.equals("SUCCEEDED")) {
                return state;
            }
            sleep();
        }
        throw new AssertionError("job " + path + " did not succeed within 90 s");
    }

    private JsonNode awaitListJob(String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = api.get("/api/v1/turnout/list-jobs/" + job, officer).json();
            String status = state.path("job").path("status").asString();
            assertThat(status).as(state.toString()).isNotEqualTo("FAILED");
            if (status.equals("SUCCEEDED")) {
                assertThat(state.path("percent").asInt()).isEqualTo(100);
                return state;
            }
            sleep();
        }
        throw new AssertionError("list job " + job + " did not succeed within 90 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
