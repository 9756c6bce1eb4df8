package kr.tupyo.roll;

import static kr.tupyo.registry.RegisterFixtures.DURYU;
import static kr.tupyo.registry.RegisterFixtures.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A compilation job beside the published draft of a by-election's list: finalising is refused with its own code while a
 * compilation is queued or running, and a compilation that fails after it has read the precincts and contests leaves the
 * published draft, its precincts, each 읍면동's contests, its tallies and its digest exactly as they were (decision 101,
 * session 7 addendum: they are staged with the build and published only by the swap).
 */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompilationJobIT {

    static final String DALSEO_COUNCIL = "달서구가선거구";
    static final String JONGNO_COUNCIL = "종로구제1선거구";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    RollFixtures fx;

    @BeforeAll
    void compiled() {
        fx = new RollFixtures(api, jdbc, false, "BY_ELECTION").build();
        fx.contest("LOCAL_COUNCIL_CONSTITUENCY", DALSEO_COUNCIL, DURYU);
        fx.compile();
    }

    String base() {
        return "/api/v1/elections/" + fx.electionId + "/roll";
    }

    @Test
    @Order(1)
    void finalisingWhileACompilationRunsIsRefusedWithItsOwnCodeAndChangesNothing() {
        Published before = published();
        // A compilation some worker is running: its row RUNNING with a fresh heartbeat, which no worker claims for 2 minutes.
        UUID running = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO roll_jobs (id, election_id, kind, status, requested_by, started_at, heartbeat_at, step)
                VALUES (?, ?::uuid, 'COMPILE', 'RUNNING', 'compilation-job-it', now(), now(), 'SELECTING_VOTERS')""")
                .params(running, fx.electionId).update();
        try {
            var refused = api.postJson(base() + "/finalise", fx.officer, "{}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.problemCode()).as("problem+json with a stable code").isEqualTo("ROLL_COMPILATION_RUNNING");
            assertThat(refused.json().path("type").asString()).isEqualTo("urn:tupyo:problem:roll-compilation-running");
            assertThat(refused.json().path("job").asString()).as("the job to follow").isEqualTo(running.toString());
            assertThat(refused.json().path("title").asString()).isEqualTo("명부 작성 중");
            assertThat(refused.json().path("detail").asString()).contains(running.toString());

            var english = api.send(api.request(base() + "/finalise", fx.officer).header("Accept-Language", "en")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(english.problemCode()).isEqualTo("ROLL_COMPILATION_RUNNING");
            assertThat(english.json().path("title").asString()).isEqualTo("Compilation running");

            assertThat(published()).as("nothing changed").isEqualTo(before);
            assertThat(fx.roll().path("status").asString()).isEqualTo("COMPILED");
            assertThat(jdbc.sql("SELECT count(*) FROM roll_jobs WHERE election_id = ?::uuid AND kind = 'FINALISE'")
                    .param(fx.electionId).query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("UPDATE roll_jobs SET status = 'FAILED', step = 'FAILED', finished_at = now() WHERE id = ?")
                    .param(running).update();
        }
    }

    @Test
    @Order(2)
    void aCompilationThatFailsAfterReadingNewPrecinctsAndContestsLeavesThePublishedDraftAsItWas() {
        Published before = published();
        assertThat(before.precincts()).hasSize(4);
        fx.contest("METROPOLITAN_COUNCIL_CONSTITUENCY", JONGNO_COUNCIL, SAJIK);
        fx.importPrecincts(RollFixtures.PRECINCTS_HEADER
                + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,600,100\n"
                + "서울특별시,종로구,11110,사직동,1111053000,사직동제1투,250,100\n"
                + "서울특별시,종로구,11110,사직동,1111053000,사직동제2투,250,100\n"
                + "대구광역시,달서구,27290,두류1동,2729053500,두류1동제1투,800,100\n");

        // A compilation whose build table cannot be created: a type already holds the name the job's build table gets
        // (PartitionNames.build), which DROP TABLE IF EXISTS at the job's start does not remove. It fails after it has
        // read the new precincts and contests, in the CREATE TABLE of the build.
        UUID job = UUID.randomUUID();
        String buildName = "roll_entries_build_" + job.toString().replace("-", "");
        jdbc.sql("CREATE DOMAIN " + buildName + " AS integer").update();
        try {
            jdbc.sql("INSERT INTO roll_jobs (id, election_id, kind, status, requested_by) VALUES (?, ?::uuid, 'COMPILE', 'QUEUED', ?)")
                    .params(job, fx.electionId, "compilation-job-it").update();
            JsonNode failed = fx.finished(job.toString());
            assertThat(failed.path("status").asString()).as(failed.toString()).isEqualTo("FAILED");
            // PostgreSQL's own reason, not only Spring's "bad SQL grammar [CREATE TABLE …]"
            assertThat(failed.path("message").asString()).as(failed.toString())
                    .isEqualTo("PSQLException: type \"" + buildName + "\" already exists [SQLSTATE 42710]");
        } finally {
            jdbc.sql("DROP DOMAIN " + buildName).update();
        }

        assertThat(published()).as("the draft, its precincts, contests, tallies and digest").isEqualTo(before);
        assertThat(api.get(base() + "/precincts", fx.officer).json().valueStream().map(p -> p.path("name").asString()))
                .containsExactly("청운효자동제1투", "청운효자동제2투", "사직동제1투", "두류1동제1투");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE ?")
                .param("%" + job.toString().replace("-", "") + "%").query(Long.class).single())
                .as("no build or staged table is left behind").isZero();

        fx.compile();
        Published after = published();
        assertThat(after.precincts()).as("the swap publishes what the compilation used").hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("사직동제2투")).noneSatisfy(p -> assertThat(p).contains("청운효자동제2투"));
        assertThat(after.emdContests()).isNotEqualTo(before.emdContests());
        assertThat(after.list()).isNotEqualTo(before.list());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM roll_entries e JOIN roll_precincts p ON p.election_id = e.election_id
                                                   AND p.precinct_id = e.precinct_id
                WHERE e.election_id = ?::uuid AND p.emd_code = '1111053000'""").param(fx.electionId)
                .query(Long.class).single()).as("사직동's voters are listed in its new precincts").isPositive();
    }

    @Test
    @Order(3)
    void theProgressBarsJsonAnswersAJobAndProblemJsonForAnUnknownOne() {
        String username = "jobjson-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username, Role.OBSERVER, null, "a-very-good-password");
        String session = api.signIn(username, "a-very-good-password");
        String compiled = jdbc.sql("SELECT id::text FROM roll_jobs WHERE election_id = ?::uuid AND kind = 'COMPILE' "
                + "AND status = 'SUCCEEDED' ORDER BY finished_at DESC LIMIT 1").param(fx.electionId).query(String.class).single();

        var known = progressJson("/roll/jobs/" + compiled, session);
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
        assertThat(known.json().path("kind").asString()).isEqualTo("COMPILE");
        assertThat(known.json().path("finished").asBoolean()).isTrue();

        UUID unknown = UUID.randomUUID();
        var missing = progressJson("/roll/jobs/" + unknown, session);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.problemCode()).isEqualTo("JOB_NOT_FOUND");
        assertThat(missing.json().path("detail").asString()).contains(unknown.toString());

        var malformed = progressJson("/roll/jobs/not-a-job", session);
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.problemCode()).isEqualTo("MALFORMED_REQUEST");
    }

    /** As the progress bars' script (static/js/roll/progress.js) asks for a job, with the page's session. */
    private ApiClient.Response progressJson(String path, String session) {
        return api.send(api.request(path, null).header("Cookie", session).header("Accept", "application/json")
                .header("Accept-Language", "en").GET());
    }

    /** What the published draft consists of, as text: the list's row, its precincts and tallies, its contests' and entries' hashes. */
    record Published(String list, List<String> precincts, List<String> emdContests, List<String> tallies, String entries) {
    }

    Published published() {
        return new Published(
                jdbc.sql("SELECT v::text FROM voters_lists v WHERE election_id = ?::uuid").param(fx.electionId)
                        .query(String.class).single(),
                rows("SELECT p::text FROM roll_precincts p WHERE election_id = ?::uuid ORDER BY emd_code, seq"),
                // every 읍면동 of the division table, twice: a hash keeps a failure's message short
                rows("SELECT count(*) || ' rows, md5 ' || md5(string_agg(c::text, ',' ORDER BY emd_code, constituency_vote)) "
                        + "FROM roll_emd_contests c WHERE election_id = ?::uuid"),
                rows("SELECT t::text FROM roll_tallies t WHERE election_id = ?::uuid ORDER BY 1"),
                jdbc.sql("SELECT md5(string_agg(e::text, E'\\n' ORDER BY e.id)) FROM roll_entries e WHERE election_id = ?::uuid")
                        .param(fx.electionId).query(String.class).single());
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param(fx.electionId).query(String.class).list();
    }
}
