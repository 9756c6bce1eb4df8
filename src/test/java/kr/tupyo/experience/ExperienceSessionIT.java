package kr.tupyo.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.experience.internal.SessionPurge;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.support.PdfPages;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A demo session through the API: identify, issue once, the other station is refused; exactly one
 * issuance under concurrency; Idempotency-Key retries; blocked and unlisted cards; reset, close and
 * purge; the specimens read back; and the real election tables untouched by all of it.
 */
@TupyoIntegrationTest
class ExperienceSessionIT {

    private static final String IN = "IN_DISTRICT";
    private static final String OUT = "OUT_OF_DISTRICT";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    SessionPurge purge;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;

    ExperienceApi xp;

    @BeforeEach
    void setUp() {
        xp = new ExperienceApi(api, jdbc, protection);
    }

    @Test
    void issuesOnceAndTheOtherStationIsToldAlreadyIssued() {
        UUID session = xp.session("NATIONAL_ASSEMBLY", 3);
        var sessionView = xp.get(ExperienceApi.SESSIONS + "/" + session).json();
        assertThat(sessionView.path("voters").asInt()).as("3 guests + 3 spares").isEqualTo(6);
        assertThat(sessionView.path("demo").asString()).contains("DEMO — not a real election");
        String number = xp.numbers(session).getFirst();

        JsonNode first = xp.identified(session, IN, number);
        assertThat(first.path("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(first.path("inDistrict").asBoolean()).isTrue();
        assertThat(first.path("numberMasked").asString()).matches("\\d{6}-[12]999\\*{3}").isNotEqualTo(number);
        assertThat(first.path("contests")).hasSize(2);
        assertThat(first.path("contests").get(1).path("kind").asString()).isEqualTo("NATIONAL_ASSEMBLY_PROPORTIONAL");

        var issued = xp.issue(session, first.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().path("inDistrict").asBoolean()).isTrue();
        assertThat(issued.json().path("envelopeLabelUrl").isNull()).isTrue();

        JsonNode second = xp.identified(session, OUT, number.substring(0, 6) + "-" + number.substring(6));
        assertThat(second.path("status").asString()).isEqualTo("ALREADY_ISSUED");
        assertThat(second.path("alreadyIssued").path("station").asString()).isEqualTo(IN);
        assertThat(second.path("alreadyIssued").path("issuedAt").asString()).isEqualTo(issued.json().path("issuedAt").asString());

        var refused = xp.issue(session, second.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("DEMO_ALREADY_ISSUED");
        assertThat(refused.json().path("station").asString()).isEqualTo(IN);

        JsonNode stats = xp.stats(session);
        assertThat(stats.path("identified").asInt()).isEqualTo(2);
        assertThat(stats.path("issuedInDistrict").asInt()).isEqualTo(1);
        assertThat(stats.path("issuedOutOfDistrict").asInt()).isZero();
        assertThat(stats.path("refusedDuplicates").asInt()).as("one second attempt, counted once").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM xp_issuances WHERE session_id = ?", session)).isEqualTo(1);
    }

    @Test
    void manyStationsAtOnceIssueExactlyOnce() throws Exception {
        UUID session = xp.session("PRESIDENTIAL", 2);
        String number = xp.numbers(session).get(1);
        int threads = 12;
        List<String> identifications = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            JsonNode r = xp.identified(session, i % 2 == 0 ? IN : OUT, number);
            assertThat(r.path("status").asString()).isEqualTo("ELIGIBLE");
            identifications.add(r.path("identificationId").asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (String identification : identifications) {
                Callable<ApiClient.Response> call = () -> {
                    start.await();
                    return xp.issue(session, identification, UUID.randomUUID().toString());
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response r = answer.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertThat(r.problemCode()).as(r.toString()).isEqualTo("DEMO_ALREADY_ISSUED");
                    refused++;
                }
            }
            assertThat(created).isEqualTo(1);
            assertThat(refused).isEqualTo(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM xp_issuances WHERE session_id = ?", session)).isEqualTo(1);
        assertThat(xp.stats(session).path("refusedDuplicates").asInt()).isEqualTo(threads - 1);

        // the database itself refuses a second issuance of the voter, whatever the code does
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO xp_issuances (id, session_id, voter_seq, identification_id, station, in_district, issued_at)
                SELECT gen_random_uuid(), session_id, voter_seq, identification_id, 'IN_DISTRICT', true, now()
                FROM xp_issuances WHERE session_id = ?""").param(session).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("xp_issuances_once_per_voter");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswer() {
        UUID session = xp.session("PRESIDENTIAL", 2);
        List<String> numbers = xp.numbers(session);
        String identification = xp.identified(session, OUT, numbers.get(0)).path("identificationId").asString();
        String key = UUID.randomUUID().toString();

        var noKey = xp.issue(session, identification, null);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.problemCode()).isEqualTo("DEMO_IDEMPOTENCY_KEY_REQUIRED");

        var first = xp.issue(session, identification, key);
        var retry = xp.issue(session, identification, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("issuanceId").asString()).isEqualTo(first.json().path("issuanceId").asString());
        assertThat(retry.json().path("envelopeCode").asString()).isEqualTo(first.json().path("envelopeCode").asString())
                .startsWith("RDEMO-");

        String other = xp.identified(session, IN, numbers.get(1)).path("identificationId").asString();
        var reused = xp.issue(session, other, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemCode()).isEqualTo("DEMO_IDEMPOTENCY_KEY_REUSED");

        // a refusal is replayed too
        String again = xp.identified(session, IN, numbers.get(0)).path("identificationId").asString();
        String refusalKey = UUID.randomUUID().toString();
        assertThat(xp.issue(session, again, refusalKey).problemCode()).isEqualTo("DEMO_ALREADY_ISSUED");
        var replayed = xp.issue(session, again, refusalKey);
        assertThat(replayed.problemCode()).isEqualTo("DEMO_ALREADY_ISSUED");
        assertThat(replayed.json().path("station").asString()).isEqualTo(OUT);
        assertThat(count("SELECT count(*) FROM xp_issuances WHERE session_id = ?", session)).isEqualTo(1);
    }

    @Test
    void theBlockedVoterAndUnlistedOrRealNumbersAreRefused() {
        UUID session = xp.session("LOCAL", 4);
        List<String> numbers = xp.numbers(session);
        String blockedNumber = numbers.getLast();

        JsonNode blocked = xp.identified(session, IN, blockedNumber);
        assertThat(blocked.path("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.path("blockedReason").asString()).containsAnyOf("disqualified", "선거권 상실");
        var notEligible = xp.issue(session, blocked.path("identificationId").asString(), UUID.randomUUID().toString());
        assertThat(notEligible.status()).isEqualTo(409);
        assertThat(notEligible.problemCode()).isEqualTo("DEMO_NOT_ELIGIBLE");

        String elsewhere = xp.numbers(xp.session("LOCAL", 1)).getFirst();
        JsonNode unlisted = xp.identified(session, IN, elsewhere);
        assertThat(unlisted.path("status").asString()).isEqualTo("NOT_ON_LIST");
        assertThat(unlisted.path("name").isNull()).isTrue();

        long before = count("SELECT count(*) FROM xp_identifications WHERE session_id = ?", session);
        for (String notDemo : List.of("900101-1234568", "850315-1999035" /* bad check digit */, "hello", "")) {
            var r = xp.identify(session, IN, notDemo);
            assertThat(r.status()).as(notDemo).isEqualTo(422);
            assertThat(r.problemCode()).isEqualTo("NOT_A_DEMO_NUMBER");
        }
        assertThat(count("SELECT count(*) FROM xp_identifications WHERE session_id = ?", session))
                .as("a refused number is not stored").isEqualTo(before);
        assertThat(xp.identify(session, "SEOUL", numbers.getFirst()).problemCode()).isEqualTo("DEMO_STATION_NOT_FOUND");

        JsonNode stats = xp.stats(session);
        assertThat(stats.path("blocked").asInt()).isEqualTo(1);
        assertThat(stats.path("notOnList").asInt()).isEqualTo(1);
    }

    @Test
    void aDemoLeavesTheRealElectionTablesAsTheyWere() {
        List<String> tables = List.of("ev_identifications", "ev_issuances", "ev_idempotency_keys", "ev_signatures",
                "ev_serial_counters", "voters_lists", "roll_entries", "roll_tallies", "residents", "turnout_station_hours",
                "turnout_area_hours", "turnout_station_minutes", "turnout_electors", "event_publication", "elections",
                "contests", "early_voting_stations");
        Map<String, Long> before = counts(tables);

        UUID session = xp.session("NATIONAL_ASSEMBLY", 2);
        List<String> numbers = xp.numbers(session);
        String inId = xp.identified(session, IN, numbers.get(0)).path("identificationId").asString();
        String in = xp.issue(session, inId, UUID.randomUUID().toString()).json().path("issuanceId").asString();
        String outId = xp.identified(session, OUT, numbers.get(1)).path("identificationId").asString();
        String out = xp.issue(session, outId, UUID.randomUUID().toString()).json().path("issuanceId").asString();
        String againId = xp.identified(session, OUT, numbers.get(0)).path("identificationId").asString();
        assertThat(xp.issue(session, againId, UUID.randomUUID().toString()).status()).isEqualTo(409);
        xp.identify(session, IN, numbers.getLast());
        assertThat(xp.get(ExperienceApi.SESSIONS + "/" + session + "/issuances/" + in + "/ballots.pdf").status()).isEqualTo(200);
        assertThat(xp.get(ExperienceApi.SESSIONS + "/" + session + "/issuances/" + out + "/envelope-label.pdf").status()).isEqualTo(200);
        assertThat(xp.get(ExperienceApi.SESSIONS + "/" + session + "/cards.pdf").status()).isEqualTo(200);
        assertThat(xp.post(ExperienceApi.SESSIONS + "/" + session + "/reset").status()).isEqualTo(200);

        assertThat(counts(tables)).isEqualTo(before);
    }

    @Test
    void resetEmptiesTheSessionAndItsCardsStayValid() {
        UUID session = xp.session("PRESIDENTIAL", 2);
        String number = xp.numbers(session).getFirst();
        String id = xp.identified(session, IN, number).path("identificationId").asString();
        assertThat(xp.issue(session, id, UUID.randomUUID().toString()).status()).isEqualTo(201);
        assertThat(xp.identified(session, OUT, number).path("status").asString()).isEqualTo("ALREADY_ISSUED");

        var reset = xp.post(ExperienceApi.SESSIONS + "/" + session + "/reset");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("resets").asInt()).isEqualTo(1);
        JsonNode stats = xp.stats(session);
        assertThat(stats.path("identified").asInt()).isZero();
        assertThat(stats.path("issuedInDistrict").asInt()).isZero();
        assertThat(stats.path("refusedDuplicates").asInt()).isZero();
        assertThat(stats.path("voters").asInt()).isEqualTo(5);
        for (String table : List.of("xp_identifications", "xp_issuances", "xp_refusals", "xp_idempotency_keys")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE session_id = ?", session)).as(table).isZero();
        }
        assertThat(lastAudit("demo-session:" + session)).isEqualTo("DEMO_SESSION_RESET");
        assertThat(xp.identified(session, OUT, number).path("status").asString()).isEqualTo("ELIGIBLE");
    }

    @Test
    void aClosedSessionAnswersNoMoreAndOldSessionsArePurged() {
        UUID session = xp.session("PRESIDENTIAL", 1);
        String number = xp.numbers(session).getFirst();
        var closed = xp.post(ExperienceApi.SESSIONS + "/" + session + "/close");
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(lastAudit("demo-session:" + session)).isEqualTo("DEMO_SESSION_CLOSED");
        var refused = xp.identify(session, IN, number);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("DEMO_SESSION_CLOSED");

        UUID old = xp.session("LOCAL", 2);
        String oldId = xp.identified(old, IN, xp.numbers(old).getFirst()).path("identificationId").asString();
        assertThat(xp.issue(old, oldId, UUID.randomUUID().toString()).status()).isEqualTo(201);
        jdbc.sql("UPDATE xp_sessions SET created_at = now() - interval '8 days' WHERE id = ?").param(old).update();

        // another instance holds the job: this one skips
        Integer skipped = transactions.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(0x7475_7079_6f10_0001L).query().singleRow();
            return java.util.concurrent.CompletableFuture.supplyAsync(purge::purge).join();
        });
        assertThat(skipped).isEqualTo(-1);
        assertThat(count("SELECT count(*) FROM xp_sessions WHERE id = ?", old)).isEqualTo(1);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM xp_sessions WHERE id = ?", old)).isZero();
        assertThat(count("SELECT count(*) FROM xp_voters WHERE session_id = ?", old)).isZero();
        assertThat(count("SELECT count(*) FROM xp_issuances WHERE session_id = ?", old)).isZero();
        assertThat(count("SELECT count(*) FROM xp_sessions WHERE id = ?", session)).as("a recent session stays").isEqualTo(1);
        assertThat(xp.get(ExperienceApi.SESSIONS + "/" + old).problemCode()).isEqualTo("DEMO_SESSION_NOT_FOUND");
    }

    @Test
    void theSpecimenBallotsReadBackWithWatermarkTitlesAndSerials() {
        UUID session = xp.session("LOCAL", 2);
        String number = xp.numbers(session).getFirst();
        String id = xp.identified(session, OUT, number).path("identificationId").asString();
        JsonNode issued = xp.issue(session, id, UUID.randomUUID().toString()).json();

        var pdf = xp.get(issued.path("ballotsUrl").asString());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        List<PdfPages.Page> pages = PdfPages.pages(pdf.bytes());
        assertThat(pages).as("seven ballots of the local elections").hasSize(7);
        List<String> titles = List.of("한빛특별시장선거", "새솔구청장선거", "한빛특별시의회의원선거", "새솔구의회의원선거",
                "한빛특별시의회비례대표의원선거", "새솔구의회비례대표의원선거", "한빛특별시교육감선거");
        Pattern serial = Pattern.compile("일련번호 (\\d-\\d{13})");
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PdfPages.Page page = pages.get(i);
            assertThat(page.text()).contains("견본").contains("SPECIMEN").contains("DEMO — not a real election")
                    .contains(titles.get(i)).contains("사전투표");
            Matcher m = serial.matcher(page.text());
            assertThat(m.find()).as(page.text()).isTrue();
            assertThat(page.barcode()).as("the bar code decodes to the printed serial").isEqualTo(m.group(1));
            serials.add(m.group(1));
        }
        assertThat(serials).doesNotHaveDuplicates();
        assertThat(pages.get(6).text()).as("the superintendent has no party").contains("유나래").doesNotContain("미래희망당 유나래");

        var label = xp.get(issued.path("envelopeLabelUrl").asString());
        assertThat(label.status()).isEqualTo(200);
        PdfPages.Page labelPage = PdfPages.pages(label.bytes()).getFirst();
        assertThat(labelPage.text()).contains("견본").contains("새솔구 선거관리위원회").contains("회송용 봉투");
        assertThat(labelPage.barcode()).isEqualTo(issued.path("envelopeCode").asString());

        String inId = xp.identified(session, IN, xp.numbers(session).get(1)).path("identificationId").asString();
        JsonNode inDistrict = xp.issue(session, inId, UUID.randomUUID().toString()).json();
        var noLabel = xp.get(ExperienceApi.SESSIONS + "/" + session + "/issuances/" + inDistrict.path("issuanceId").asString()
                + "/envelope-label.pdf");
        assertThat(noLabel.problemCode()).isEqualTo("DEMO_NO_RETURN_ENVELOPE");
    }

    @Test
    void theDemoCardsCarryEveryNumberAsAReadableBarCode() {
        UUID session = xp.session("PRESIDENTIAL", 5);
        List<String> numbers = xp.numbers(session);
        assertThat(numbers).hasSize(8).allMatch(n -> n.matches("\\d{6}[12]999\\d{3}"));
        String stored = jdbc.sql("SELECT string_agg(t::text, ' ') FROM xp_voters t WHERE session_id = ?").param(session)
                .query(String.class).single();
        assertThat(numbers).as("stored encrypted, hashed and masked, never in clear").allSatisfy(n -> assertThat(stored)
                .doesNotContain(n).doesNotContain(n.substring(0, 6) + "-" + n.substring(6))
                .doesNotContain(java.util.HexFormat.of().formatHex(n.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        var pdf = xp.get(ExperienceApi.SESSIONS + "/" + session + "/cards.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        List<PdfPages.Page> pages = PdfPages.pages(pdf.bytes());
        assertThat(pages).as("8 voters and the unlisted card, 8 a page").hasSize(2);
        List<String> decoded = new ArrayList<>();
        double banner = 40 / 841.89;
        double rowHeight = (1 - banner) / 4;
        for (PdfPages.Page page : pages) {
            assertThat(page.text()).contains("체험용 견본 / DEMO — not a real election").contains("사진 / Photo");
            for (int row = 0; row < 4; row++) {
                for (int column = 0; column < 2; column++) {
                    String code = page.barcode(column * 0.5, banner + row * rowHeight, 0.5, rowHeight);
                    if (code != null) {
                        decoded.add(code);
                    }
                }
            }
        }
        assertThat(decoded).hasSize(9);
        assertThat(decoded.subList(0, 8)).containsExactlyElementsOf(numbers);
        String unlisted = decoded.get(8);
        assertThat(xp.identified(session, IN, unlisted).path("status").asString()).isEqualTo("NOT_ON_LIST");
        String first = numbers.getFirst();
        assertThat(pages.getFirst().text()).as("the masked number, and the full one under its bar code")
                .contains(first.substring(0, 6) + "-" + first.substring(6, 10) + "***")
                .contains(first.substring(0, 6) + "-" + first.substring(6));
    }

    @Test
    void invalidSessionsAreRefused() {
        var badScenario = api.postJson(ExperienceApi.SESSIONS, xp.officer(), Map.of("scenario", "MAYOR", "title", "x", "guests", 3));
        assertThat(badScenario.status()).isEqualTo(422);
        assertThat(badScenario.problemCode()).isEqualTo("INVALID_DEMO_SESSION");
        Map<String, Object> tooMany = new LinkedHashMap<>(Map.of("scenario", "LOCAL", "title", "x", "guests", 201));
        assertThat(api.postJson(ExperienceApi.SESSIONS, xp.officer(), tooMany).problemCode()).isEqualTo("INVALID_DEMO_SESSION");
        assertThat(xp.get(ExperienceApi.SESSIONS + "/" + UUID.randomUUID()).problemCode()).isEqualTo("DEMO_SESSION_NOT_FOUND");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private String lastAudit(String target) {
        auditEntries.chainPending();
        return jdbc.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY seq DESC LIMIT 1").param(target)
                .query(String.class).optional().orElse(null);
    }
}
