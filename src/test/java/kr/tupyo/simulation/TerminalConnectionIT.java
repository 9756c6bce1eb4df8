package kr.tupyo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulator's terminal connection against the real server (Tomcat): answers read, connection kept. */
@TupyoIntegrationTest
class TerminalConnectionIT {

    @Autowired
    ApiClient api;

    @Test
    void readsTheServersAnswersOnOneKeptConnection() {
        String operator = api.tokenFor(Role.STATION_OPERATOR);
        try (var terminal = new TerminalConnection(URI.create(api.baseUrl()))) {
            for (int i = 0; i < 3; i++) {
                var unknownElection = terminal.post("/api/v1/early-voting/identifications", operator,
                        "{\"electionId\":\"" + UUID.randomUUID() + "\",\"rrn\":\"9001011234568\"}", null);
                assertThat(unknownElection.status()).as(unknownElection.body()).isEqualTo(404);
                assertThat(unknownElection.json().path("code").asString()).isEqualTo("EV_ELECTION_NOT_FOUND");

                var noToken = terminal.post("/api/v1/early-voting/issuances", "tpy_unknown", "{}", "k-" + i);
                assertThat(noToken.status()).isEqualTo(401);
                assertThat(noToken.json().path("code").asString()).isEqualTo("UNAUTHENTICATED");
            }
        }
    }
}
