package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.Sex;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After compilation: finalisation as a job (and the list frozen while it runs), deaths from the register
 * before and after finalisation, court-ordered additions to a finalised list, and one jobs endpoint for
 * every module's jobs.
 */
@TupyoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollCorrectionsIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    IntegratedVotersList integrated;
    @Autowired
    PrecinctLists precinctLists;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;

    RollFixtures fx;
    String base;
    String finaliseJob;

    @BeforeAll
    void register() {
        fx = new RollFixtures(api, jdbc, false).build();
        fx.compile();
        base = "/api/v1/elections/" + fx.electionId + "/roll";
    }

    /** Waits for the asynchronous listener of the register's death events to block the voter. */
    static ListedVoter awaitBlocked(IntegratedVotersList integrated, ElectionId election, ResidentRegistrationNumber rrn) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ListedVoter voter = integrated.findByRrn(election, rrn).orElseThrow();
        while (voter.status() != ListedVoter.Status.BLOCKED && System.nanoTime() < deadline) {
            sleep();
            voter = integrated.findByRrn(election, rrn).orElseThrow();
        }
        return voter;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String exclusion(String who) {
        return jdbc.sql("SELECT exclusion FROM roll_entries WHERE election_id = ?::uuid AND rrn_lookup = ?")
                .params(fx.electionId, protection.lookupHash(fx.people.get(fx.name(who)).digits()))
                .query(String.class).optional().orElse(null);
    }

    private void importDeath(String who, LocalDate on) {
        String death = RegisterFixtures.EVENTS_HEADER + String.join(",", "roll-" + fx.tag + "-death-" + who.hashCode(),
                RegisterFixtures.hyphenated(fx.people.get(fx.name(who))), "DEATH", on.toString(),
                "", "", "", "", "", "", "", "") + "\n";
        var imported = RegistryUploads.upload(api, "/api/v1/registry/events", fx.admin, "deaths.csv", death);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    private long audited(String action) {
        auditEntries.chainPending();
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND target = ?")
                .params(action, "election:" + fx.electionId).query(Long.class).single();
    }

    private String rrn(String who) {
        return RegisterFixtures.hyphenated(fx.people.get(fx.name(who)));
    }

    @Test
    @Order(1)
    void aDeathBeforeFinalisationNeedsNoCorrectionTheNextCompilationExcludesThePerson() {
        assertThat(exclusion("차주민1")).isNull();
        importDeath("차주민1", fx.referenceDate.plusDays(10));
        fx.compile();
        assertThat(exclusion("차주민1")).isEqualTo("DECEASED");
        assertThat(api.get(base + "/corrections", fx.officer).json().size()).isZero();
    }

    @Test
    @Order(2)
    void whileFinalisingTheDatabaseAndTheApiRefuseEveryChangeToTheList() {
        var objection = api.postJson(base + "/objections", fx.officer, Map.of("kind", "WRONG_DETAILS",
                "rrn", rrn("차주민3"), "claim", "주소 오기"));
        // Outside inspection (this election's inspection period is not today): the draft still refuses it.
        assertThat(objection.problemCode()).isEqualTo("ROLL_OUTSIDE_INSPECTION");
        jdbc.sql("UPDATE voters_lists SET status = 'FINALISING' WHERE election_id = ?::uuid").param(fx.electionId).update();
        try {
            assertThat(api.postJson(base + "/compile", fx.officer, "{}").problemCode()).isEqualTo("ROLL_FINALISING");
            assertThat(api.postJson(base + "/objections", fx.officer, Map.of("kind", "WRONG_DETAILS",
                    "rrn", rrn("차주민3"), "claim", "주소 오기")).problemCode()).isEqualTo("ROLL_FINALISING");
            assertThatThrownBy(() -> jdbc.sql("UPDATE roll_entries SET remarks = 'x' WHERE election_id = ?::uuid")
                    .param(fx.electionId).update()).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("being finalised");
            // The tallies are checked once per statement (V6_8): every kind of statement is still refused.
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM roll_tallies WHERE election_id = ?::uuid")
                    .param(fx.electionId).update()).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("being finalised");
            assertThatThrownBy(() -> jdbc.sql("UPDATE roll_tallies SET people = people + 1 WHERE election_id = ?::uuid")
                    .param(fx.electionId).update()).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("being finalised");
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO roll_tallies SELECT * FROM roll_tallies WHERE election_id = ?::uuid LIMIT 1")
                    .param(fx.electionId).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("being finalised");
            assertThatThrownBy(() -> jdbc.sql("UPDATE voters_lists SET voters = voters + 1 WHERE election_id = ?::uuid")
                    .param(fx.electionId).update()).isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.sql("UPDATE voters_lists SET status = 'COMPILED' WHERE election_id = ?::uuid").param(fx.electionId).update();
        }
    }

    @Test
    @Order(3)
    void finalisationIsAJobAndItsPreconditionsAreAnsweredAtOnce() {
        var notCompiled = api.postJson("/api/v1/elections/" + java.util.UUID.randomUUID() + "/roll/finalise", fx.officer, "{}");
        assertThat(notCompiled.status()).isEqualTo(404);
        String digestBefore = fx.roll().path("digest").asString();
        // A death the register records after the compilation, the list not compiled again: the job blocks them.
        importDeath("차주민4", fx.referenceDate.plusDays(11));

        var started = api.postJson(base + "/finalise", fx.officer, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        finaliseJob = started.json().path("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/v1/jobs/" + finaliseJob);
        assertThat(started.json().path("kind").asString()).isEqualTo("FINALISE");
        var done = fx.waitFor(finaliseJob);
        assertThat(done.path("progress").asInt()).isEqualTo(100);
        assertThat(done.path("message").asString()).contains("1 death(s)");
        var dead = integrated.findByRrn(ElectionId.of(fx.electionId), fx.people.get(fx.name("차주민4"))).orElseThrow();
        assertThat(dead.blockReason()).isEqualTo(BlockReason.DECEASED_AFTER_FINALISATION);

        var roll = fx.roll();
        assertThat(roll.path("status").asString()).isEqualTo("FINALISED");
        assertThat(roll.path("digest").asString()).as("the same list gives the same digest").isEqualTo(digestBefore);
        assertThat(api.postJson(base + "/finalise", fx.officer, "{}").problemCode()).isEqualTo("ROLL_ALREADY_FINALISED");
        assertThat(audited("ROLL_FINALISE_REQUESTED")).isEqualTo(1);
        assertThat(audited("ROLL_FINALISED")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aDeathRecordedAfterFinalisationBlocksTheVoterAutomatically() {
        var id = ElectionId.of(fx.electionId);
        assertThat(integrated.findByRrn(id, fx.people.get(fx.name("차주민2"))).orElseThrow().mayVote()).isTrue();
        importDeath("차주민2", fx.referenceDate.plusDays(12));
        var voter = awaitBlocked(integrated, id, fx.people.get(fx.name("차주민2")));
        assertThat(voter.status()).isEqualTo(ListedVoter.Status.BLOCKED);
        assertThat(voter.blockReason()).isEqualTo(BlockReason.DECEASED_AFTER_FINALISATION);
        var corrections = api.get(base + "/corrections", fx.officer).json();
        assertThat(corrections.size()).as("the finalisation job's and this one").isEqualTo(2);
        var automatic = corrections.get(1);
        assertThat(automatic.path("version").asInt()).isEqualTo(3);
        assertThat(automatic.path("kind").asString()).isEqualTo("DECEASED_AFTER_FINALISATION");
        assertThat(automatic.path("recordedBy").asString()).startsWith("registry:");
        assertThat(automatic.path("rrnMasked").asString()).endsWith("******");
    }

    @Test
    @Order(5)
    void aCourtOrderAddsAWronglyOmittedPersonAsANewVersionWithTheNextNumberOfTheirPrecinct() {
        var id = ElectionId.of(fx.electionId);
        String who = fx.name("나하루늦음");
        assertThat(exclusion("나하루늦음")).isEqualTo("UNDER_AGE");
        assertThat(integrated.findByRrn(id, fx.people.get(who))).isEmpty();
        String digest = fx.roll().path("digest").asString();
        var precinct = precinctLists.precincts(id).stream().filter(p -> p.name().equals("청운효자동제2투")).findFirst()
                .orElseThrow();
        List<PrecinctLists.ListLine> before = new ArrayList<>();
        precinctLists.forEachLine(id, precinct.id(), before::add);
        long electorsBefore = precinctLists.votersPerEmd(id).get(RegisterFixtures.CHEONGUN);

        var added = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "COURT_ORDER_ADDITION",
                "rrn", rrn("나하루늦음"), "reason", "서울행정법원 2026구합" + fx.tag));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("precinct").asString()).isEqualTo("청운효자동제2투");
        assertThat(added.json().path("voterNumber").asInt()).isEqualTo(before.getLast().voterNumber() + 1);

        var voter = integrated.findByRrn(id, fx.people.get(who)).orElseThrow();
        assertThat(voter.status()).isEqualTo(ListedVoter.Status.ON_LIST);
        assertThat(voter.mayVote()).isTrue();
        assertThat(voter.precinctName()).isEqualTo("청운효자동제2투");
        assertThat(voter.contests()).as("the contests of their 읍면동, as a neighbour's")
                .isEqualTo(integrated.findByRrn(id, fx.people.get(fx.name("가경계"))).orElseThrow().contests());
        assertThat(voter.emdCode()).isEqualTo(RegisterFixtures.CHEONGUN);
        assertThat(voter.id().value()).isEqualTo(added.json().path("voterId").asLong());
        assertThat(integrated.findByNameAndBirthDate(id, who, voter.birthDate())).containsExactly(voter);

        List<PrecinctLists.ListLine> after = new ArrayList<>();
        precinctLists.forEachLine(id, precinct.id(), after::add);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.getLast().name()).isEqualTo(who);
        assertThat(after.getLast().remarks()).contains("법원");
        var csv = api.get(base + "/precincts/" + precinct.id() + "/list.csv", fx.officer);
        assertThat(csv.body()).contains(who);

        var corrections = api.get(base + "/corrections", fx.officer).json();
        var last = corrections.get(corrections.size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("COURT_ORDER_ADDITION");
        assertThat(last.path("version").asInt()).isEqualTo(added.json().path("version").asInt());
        assertThat(last.path("parentDigest").asString()).isEqualTo(digest);
        assertThat(fx.roll().path("digest").asString()).as("the finalised list itself is unchanged").isEqualTo(digest);
        assertThat(exclusion("나하루늦음")).as("the finalised entry is never edited").isEqualTo("UNDER_AGE");
        assertThat(audited("ROLL_VOTER_ADDED_BY_COURT_ORDER")).isEqualTo(1);

        assertThat(precinctLists.votersPerEmd(id).get(RegisterFixtures.CHEONGUN)).as("the 읍면동's electorate")
                .isEqualTo(electorsBefore + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Long turnoutElectors = null;
        while (System.nanoTime() < deadline) { // turnout follows the published addition after the commit
            turnoutElectors = jdbc.sql("SELECT electors FROM turnout_electors WHERE election_id = ? AND emd_code = ?")
                    .params(id.value(), RegisterFixtures.CHEONGUN).query(Long.class).optional().orElse(null);
            if (turnoutElectors != null && turnoutElectors == electorsBefore + 1) {
                break;
            }
            sleep();
        }
        assertThat(turnoutElectors).as("turnout's denominator counts the added voter").isEqualTo(electorsBefore + 1);
    }

    @Test
    @Order(6)
    void anAdditionIsRefusedTwiceForSomeoneOnTheListOrNotOnTheRegister() {
        var twice = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "COURT_ORDER_ADDITION",
                "rrn", rrn("나하루늦음"), "reason", "again"));
        assertThat(twice.problemCode()).isEqualTo("ROLL_ALREADY_CORRECTED");
        var onList = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "COURT_ORDER_ADDITION",
                "rrn", rrn("가경계"), "reason", "already there"));
        assertThat(onList.problemCode()).isEqualTo("ROLL_ALREADY_ON_LIST");
        var stranger = fx.numbers.of(LocalDate.of(1980, 1, 1), Sex.M, false);
        var unknown = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "COURT_ORDER_ADDITION",
                "rrn", RegisterFixtures.hyphenated(stranger), "reason", "not registered"));
        assertThat(unknown.problemCode()).isEqualTo("ROLL_NOT_ON_REGISTER");
        var deceased = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "COURT_ORDER_ADDITION",
                "rrn", rrn("마사망"), "reason", "deceased"));
        assertThat(deceased.problemCode()).isEqualTo("ROLL_NOT_ON_REGISTER");
        var badKind = api.postJson(base + "/corrections", fx.officer, Map.of("kind", "EDIT", "rrn", rrn("가경계"),
                "reason", "x"));
        assertThat(badKind.problemCode()).isEqualTo("ROLL_INVALID_REQUEST");
    }

    @Test
    @Order(7)
    void finalisedRowsAndAdditionsRefuseDirectSqlAndAnAddedVoterMayStillBeBlocked() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE roll_entries SET name = 'x' WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("finalised");
        assertThatThrownBy(() -> jdbc.sql("UPDATE roll_additions SET name = 'x' WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM roll_corrections WHERE election_id = ?::uuid")
                .param(fx.electionId).update()).isInstanceOf(DataAccessException.class);

        var blocked = api.postJson(base + "/corrections", fx.officer, Map.of("rrn", rrn("나하루늦음"),
                "reason", "항소심 취소"));
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(201);
        var voter = integrated.findByRrn(ElectionId.of(fx.electionId), fx.people.get(fx.name("나하루늦음"))).orElseThrow();
        assertThat(voter.status()).isEqualTo(ListedVoter.Status.BLOCKED);
        assertThat(voter.blockReason()).isEqualTo(BlockReason.COURT_ORDER_REMOVAL);
    }

    @Test
    @Order(8)
    void oneJobsEndpointAnswersForRollAndTurnoutJobs() {
        var roll = api.get("/api/v1/jobs/" + finaliseJob, fx.officer);
        assertThat(roll.status()).isEqualTo(200);
        assertThat(roll.json().path("kind").asString()).isEqualTo("FINALISE");
        assertThat(roll.json().path("election").asString()).isEqualTo(fx.electionId);

        var started = api.postJson("/api/v1/turnout/elections/" + fx.electionId + "/lists?formats=CSV", fx.officer, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String turnoutJob = started.json().path("id").asString();
        var turnout = api.get("/api/v1/jobs/" + turnoutJob, fx.admin);
        assertThat(turnout.status()).as(turnout.toString()).isEqualTo(200);
        assertThat(turnout.json().path("kind").asString()).isEqualTo("MARKED_LISTS");
        assertThat(turnout.json().path("id").asString()).isEqualTo(turnoutJob);
        assertThat(turnout.json().path("election").asString()).isEqualTo(fx.electionId);
        assertThat(turnout.json().path("status").asString()).isIn("QUEUED", "RUNNING", "SUCCEEDED", "FAILED");

        var unknown = api.get("/api/v1/jobs/" + java.util.UUID.randomUUID(), fx.officer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.get("/api/v1/jobs/" + finaliseJob + "/result", fx.officer).problemCode())
                .as("finalisation produces no file").isEqualTo("JOB_RESULT_NOT_READY");
    }
}
