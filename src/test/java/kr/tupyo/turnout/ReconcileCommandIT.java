package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./tupyo reconcile ELECTION_ID} run as a process against the test server: exit 0 and BALANCED
 * for a well-run election, exit 4 and IMBALANCED (with the record behind it) for one whose Busan station
 * printed a ballot its issuances do not account for, and a clear refusal for a bad token or a station
 * token. A stand-in {@code mvn} first on the PATH fails loudly if the command tried to build.
 */
@EarlyVotingIntegrationTest
class ReconcileCommandIT {

    private static final String MVN_CALLED = "STAND-IN MVN CALLED";

    static Path tools;

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    record Run(int exit, String out) {
    }

    @BeforeAll
    static void standInMaven() throws IOException {
        tools = Files.createTempDirectory("tupyo-reconcile-");
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho '" + MVN_CALLED + "' >&2\nexit 99\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Run reconcile(String election, String token) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of("tupyo").toAbsolutePath().toString(), "reconcile", election)
                .redirectErrorStream(true);
        builder.environment().put("TUPYO_URL", api.baseUrl());
        builder.environment().put("TUPYO_API_TOKEN", token);
        builder.environment().put("PATH", tools + ":" + builder.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as("reconcile must not build").doesNotContain(MVN_CALLED).doesNotContain("building");
        return new Run(process.exitValue(), out);
    }

    /** Two station days run well: every issuance printed (ballots and, out of district, the label), both closed. */
    private EarlyVotingFixture.Sample wellRunDay() {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        fixture.at(DAY_1, LocalTime.of(9, 0));
        for (var voter : List.of(List.of(s.seoulStation, CHEONGUN), List.of(s.seoulStation, CHEONGUN),
                List.of(s.busanStation, CHEONGUN), List.of(s.busanStation, JUNGANG))) {
            String station = voter.get(0);
            var issued = s.identifyAndIssue(station, s.voter(voter.get(1)));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            JsonNode documents = issued.json().path("documents");
            assertThat(api.get(documents.path("ballots").asString(), s.operator(station)).status()).isEqualTo(200);
            if (!documents.path("envelopeLabel").isNull()) {
                assertThat(api.get(documents.path("envelopeLabel").asString(), s.operator(station)).status()).isEqualTo(200);
            }
        }
        fixture.at(DAY_1, LocalTime.of(17, 59));
        for (String station : List.of(s.seoulStation, s.busanStation)) {
            var closed = api.postJson("/api/v1/early-voting/stations/" + station + "/close", s.operator(station),
                    Map.of("electionId", s.election.toString()));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        }
        return s;
    }

    @Test
    void exitsZeroWithBalancedForAWellRunElection() throws Exception {
        var s = wellRunDay();
        Run run = reconcile(s.election.toString(), api.tokenFor(Role.OBSERVER));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out().strip()).endsWith("BALANCED").doesNotContain("IMBALANCED").contains(s.seoulStation, s.busanStation);
    }

    @Test
    void exitsFourWithImbalancedWhenAStationPrintedABallotNoIssuanceAccountsFor() throws Exception {
        var s = wellRunDay();
        jdbc.sql("UPDATE ev_serial_counters SET printed = printed + 1 WHERE election_id = ? AND station_code = ? AND contest_id = ?::uuid")
                .params(s.election.value(), s.busanStation, s.proportionalContest).update();
        Run run = reconcile(s.election.toString(), api.tokenFor(Role.OBSERVER));
        assertThat(run.exit()).as(run.out()).isEqualTo(4);
        assertThat(run.out().strip()).endsWith("IMBALANCED").contains("BALLOTS_PRINTED_EQUAL_PRINTS_RECORDED");
        // The JSON reconciliation agrees: exactly the Busan station day is out.
        assertThat(api.get("/api/v1/turnout/elections/" + s.election + "/reconciliation", api.tokenFor(Role.OBSERVER))
                .json().path("imbalancedStationDays").asInt()).isEqualTo(1);
    }

    @Test
    void refusesABadTokenAndAStationTokenWithAClearMessage() throws Exception {
        var s = fixture.sample();
        Run unknown = reconcile(s.election.toString(), "tpy_this-token-was-never-issued");
        assertThat(unknown.exit()).as(unknown.out()).isNotZero().isNotEqualTo(4);
        assertThat(unknown.out()).contains("refused the API token (401)").doesNotContain("BALANCED");

        Run station = reconcile(s.election.toString(), s.operator(s.seoulStation));
        assertThat(station.exit()).as(station.out()).isNotZero().isNotEqualTo(4);
        assertThat(station.out()).contains("(403)", "ADMIN, ROLL_OFFICER or OBSERVER");

        Run missing = reconcile(java.util.UUID.randomUUID().toString(), api.tokenFor(Role.OBSERVER));
        assertThat(missing.exit()).isNotZero().isNotEqualTo(4);
        assertThat(missing.out()).contains("(404)");
    }
}
