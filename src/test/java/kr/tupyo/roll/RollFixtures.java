package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.election.EligibilityRules;
import kr.tupyo.identity.Role;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A small register with one person on each side of every eligibility boundary, imported through the
 * registry's API, and elections around it created through the election API (a LOCAL election, or another
 * type whose contests the test adds with {@link #contest}). Each instance uses its own extract date (the
 * test classes share one database) and its own names.
 */
final class RollFixtures {

    final ApiClient api;
    final String admin;
    final String officer;
    final LocalDate extractDate;
    final LocalDate electionDay;
    final LocalDate referenceDate;
    final RrnGenerator numbers = RegisterFixtures.numbers();
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    /** Name → number of everyone on the register, in the order added. */
    final Map<String, ResidentRegistrationNumber> people = new LinkedHashMap<>();
    final String electionType;
    /** Contest id → name, of the contests added with {@link #contest}. */
    final Map<String, String> contests = new LinkedHashMap<>();
    String electionId;

    /**
     * @param inspectionToday election day 30 days from today (the reference date is moved to
     *                        {@code extractDate + 38} when the statutory one would be later), else 22 days after it
     */
    RollFixtures(ApiClient api, JdbcClient jdbc, boolean inspectionToday) {
        this(api, jdbc, inspectionToday, "LOCAL");
    }

    RollFixtures(ApiClient api, JdbcClient jdbc, boolean inspectionToday, String electionType) {
        this.api = api;
        this.electionType = electionType;
        this.admin = api.tokenFor(Role.ADMIN);
        this.officer = api.tokenFor(Role.ROLL_OFFICER);
        RegistryUploads.ensureKr2022Divisions(api);
        this.extractDate = RegisterFixtures.nextExtractDate(jdbc);
        this.referenceDate = extractDate.plusDays(38);
        LocalDate today = LocalDate.now(KoreaTime.ZONE);
        this.electionDay = inspectionToday ? today.plusDays(30) : referenceDate.plusDays(22);
    }

    String name(String who) {
        return who + tag;
    }

    /** Builds the register: extract, events, disqualifications; then the election with precincts. */
    RollFixtures build() {
        LocalDate born = EligibilityRules.bornOnOrBefore(electionDay);
        LocalDate permanentCutOff = referenceDate.minusYears(3);
        LocalDate overseasCutOff = referenceDate.minusMonths(3);
        var extract = new RegisterFixtures.Extract();
        korean(extract, "가경계", born, RegisterFixtures.CHEONGUN);
        korean(extract, "나하루늦음", born.plusDays(1), RegisterFixtures.CHEONGUN);
        foreigner(extract, "Foreign2y364d", permanentCutOff.plusDays(1));
        foreigner(extract, "Foreign3y", permanentCutOff);
        korean(extract, "다전날이사", LocalDate.of(1970, 1, 1), RegisterFixtures.CHEONGUN);
        korean(extract, "라다음날이사", LocalDate.of(1971, 2, 2), RegisterFixtures.CHEONGUN);
        korean(extract, "마사망", LocalDate.of(1940, 3, 3), RegisterFixtures.CHEONGUN);
        korean(extract, "바자격회복", LocalDate.of(1960, 4, 4), RegisterFixtures.SAJIK);
        korean(extract, "사자격없음", LocalDate.of(1961, 5, 5), RegisterFixtures.SAJIK);
        overseas(extract, "아재외짧음", LocalDate.of(1985, 6, 6), overseasCutOff.plusDays(1));
        overseas(extract, "자재외3개월", LocalDate.of(1986, 7, 7), overseasCutOff);
        for (int i = 0; i < 6; i++) {
            korean(extract, "차주민" + i, LocalDate.of(1950 + i, 8, 8), RegisterFixtures.CHEONGUN);
        }
        korean(extract, "카확정후사망", LocalDate.of(1945, 9, 9), RegisterFixtures.DURYU);
        var response = RegistryUploads.upload(api, "/api/v1/registry/extracts?extractDate=" + extractDate, admin,
                "extract.csv", extract.toString());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);

        String events = RegisterFixtures.EVENTS_HEADER
                + event("1", "다전날이사", "MOVE", referenceDate.minusDays(1), RegisterFixtures.DURYU, "대구 달서구 이사로 1")
                + event("2", "라다음날이사", "MOVE", referenceDate.plusDays(1), RegisterFixtures.DURYU, "대구 달서구 이사로 2")
                + event("3", "마사망", "DEATH", referenceDate.plusDays(5), null, null);
        response = RegistryUploads.upload(api, "/api/v1/registry/events", admin, "events.csv", events);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);

        String disqualifications = RegisterFixtures.DISQUALIFICATIONS_HEADER
                + RegisterFixtures.hyphenated(people.get(name("바자격회복"))) + ",PRISON_SENTENCE,2020-01-01,"
                + electionDay.minusDays(1) + ",2020고단" + tag + "1\n"
                + RegisterFixtures.hyphenated(people.get(name("사자격없음"))) + ",PRISON_SENTENCE,2020-01-01,"
                + electionDay + ",2020고단" + tag + "2\n";
        response = RegistryUploads.upload(api, "/api/v1/registry/disqualifications", admin, "dq.csv", disqualifications);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        electionId = election();
        return this;
    }

    private void korean(RegisterFixtures.Extract extract, String who, LocalDate birth, String emd) {
        var rrn = numbers.of(birth, Sex.F, false);
        people.put(name(who), rrn);
        extract.row(RegisterFixtures.hyphenated(rrn), name(who), birth.toString(), "F", "KR", emd,
                "서울 종로구 " + who + " " + tag, birth.toString(), "DOMESTIC", "");
    }

    private void foreigner(RegisterFixtures.Extract extract, String who, LocalDate permanentSince) {
        var birth = LocalDate.of(1975, 1, 15);
        var rrn = numbers.of(birth, Sex.M, true);
        people.put(name(who), rrn);
        extract.row(RegisterFixtures.hyphenated(rrn), name(who), birth.toString(), "M", "CN", RegisterFixtures.DURYU,
                "대구 달서구 외국인로 " + who, "2005-01-01", "FOREIGN_RESIDENT", permanentSince.toString());
    }

    private void overseas(RegisterFixtures.Extract extract, String who, LocalDate birth, LocalDate since) {
        var rrn = numbers.of(birth, Sex.M, false);
        people.put(name(who), rrn);
        extract.row(RegisterFixtures.hyphenated(rrn), name(who), birth.toString(), "M", "KR", RegisterFixtures.SAJIK,
                "재외국민 " + who, since.toString(), "OVERSEAS_REGISTERED", "");
    }

    private String event(String id, String who, String type, LocalDate date, String emd, String address) {
        return String.join(",", "roll-" + tag + "-" + id, RegisterFixtures.hyphenated(people.get(name(who))), type,
                date.toString(), "", "", "", "", emd == null ? "" : emd, address == null ? "" : address, "", "") + "\n";
    }

    private String election() {
        var response = api.postJson("/api/v1/elections", admin, Map.of("type", electionType,
                "name", ("LOCAL".equals(electionType) ? "제9회 지방선거 명부 " : electionType + " 명부 ") + tag,
                "electionDay", electionDay.toString()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().path("id").asString();
        JsonNode calendar = api.get("/api/v1/elections/" + id, admin).json().path("calendar");
        if (!calendar.path("referenceDate").asString().equals(referenceDate.toString())) {
            LocalDate today = LocalDate.now(KoreaTime.ZONE);
            var moved = api.postJson("/api/v1/elections/" + id + "/calendar", admin, Map.of("dates", Map.of(
                    "REFERENCE_DATE", referenceDate.toString(), "COMPILATION_FIRST", referenceDate.toString(),
                    "COMPILATION_LAST", today.minusDays(1).toString(), "INSPECTION_FIRST", today.toString(),
                    "INSPECTION_LAST", today.plusDays(2).toString()), "reason", "test: inspection today"));
            assertThat(moved.status()).as(moved.toString()).isLessThan(300);
        }
        importPrecincts(id, PRECINCTS);
        var stations = api.postJson("/api/v1/elections/" + id + "/stations/generate", admin, "{}");
        assertThat(stations.status()).as(stations.toString()).isLessThan(300);
        return id;
    }

    static final String PRECINCTS_HEADER =
            "sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters\n";

    /** The precincts of the fixture's election: two in 청운효자동, one each in 사직동 and 두류1동. */
    static final String PRECINCTS = PRECINCTS_HEADER
            + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,300,100\n"
            + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,300,100\n"
            + "서울특별시,종로구,11110,사직동,1111053000,사직동제1투,500,100\n"
            + "대구광역시,달서구,27290,두류1동,2729053500,두류1동제1투,800,100\n";

    /** Imports (or, with another file, replaces) the election's precincts through the election API. */
    void importPrecincts(String csv) {
        importPrecincts(electionId, csv);
    }

    private void importPrecincts(String election, String csv) {
        var imported = RegistryUploads.upload(api, "/api/v1/elections/" + election + "/precincts", admin, "precincts.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    /** Adds a contest through the election API, with one candidate on its ballot; answers its id. */
    String contest(String kind, String name, String... areas) {
        var response = api.postJson("/api/v1/elections/" + electionId + "/contests", admin,
                Map.of("kind", kind, "name", name, "areas", java.util.List.of(areas)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().path("id").asString();
        var entry = api.postJson("/api/v1/elections/" + electionId + "/contests/" + id + "/ballot", admin,
                Map.of("candidateName", name + " 후보"));
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        contests.put(id, name);
        return id;
    }

    void deleteContest(String id) {
        var response = api.delete("/api/v1/elections/" + electionId + "/contests/" + id, admin);
        assertThat(response.status()).as(response.toString()).isLessThan(300);
        contests.remove(id);
    }

    /** Compiles through the API and waits for the job; returns the job as the API shows it at the end. */
    JsonNode compile() {
        var started = api.postJson("/api/v1/elections/" + electionId + "/roll/compile", officer, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return waitFor(started.json().path("id").asString());
    }

    /**
     * Finalises through the API: 202 with a FINALISE job, which is followed to its end; returns the list as
     * the API shows it afterwards.
     */
    JsonNode finalise() {
        var started = api.postJson("/api/v1/elections/" + electionId + "/roll/finalise", officer, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/jobs/" + started.json().path("id").asString());
        assertThat(started.json().path("kind").asString()).isEqualTo("FINALISE");
        waitFor(started.json().path("id").asString());
        return roll();
    }

    JsonNode waitFor(String job) {
        JsonNode state = finished(job);
        assertThat(state.path("status").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
        return state;
    }

    /** Follows a job through the jobs API until it has ended, however it ended; returns it as the API shows it then. */
    JsonNode finished(String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = api.get("/api/v1/jobs/" + job, officer).json();
            if (state.path("finished").asBoolean()) {
                return state;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + job + " did not finish in 90 s");
    }

    JsonNode roll() {
        return api.get("/api/v1/elections/" + electionId + "/roll", officer).json();
    }
}
