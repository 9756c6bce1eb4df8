package kr.tupyo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TupyoIntegrationTest
class TokenLifecycleIT {

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreatesTokenWithBasicCredentialsUsesItAndRevokesIt() {
        accounts.create("tokenadmin", "Token Admin", Role.ADMIN, null, "correct horse battery");

        var created = api.send(api.request("/api/v1/tokens", null)
                .header("Authorization", ApiClient.basic("tokenadmin", "correct horse battery"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"terminal 7\",\"role\":\"STATION_OPERATOR\",\"stationId\":\"1111051-EV1\"}")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().path("token").asString();
        String id = created.json().path("id").asString();
        assertThat(token).startsWith("tpy_");

        // stored hashed only
        Integer inClear = jdbc.sql("SELECT count(*) FROM api_tokens WHERE encode(token_hash, 'escape') LIKE ?")
                .param("%" + token + "%").query(Integer.class).single();
        assertThat(inClear).isZero();

        // a station operator token may not list accounts
        assertThat(api.get("/api/v1/accounts", token).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", token).problemCode()).isEqualTo("ACCESS_DENIED");

        String admin = api.tokenFor(Role.ADMIN);
        var listed = api.get("/api/v1/tokens", admin);
        assertThat(listed.body()).contains("terminal 7").doesNotContain(token);

        assertThat(api.delete("/api/v1/tokens/" + id, admin).status()).isEqualTo(204);
        var afterRevoke = api.get("/api/v1/accounts", token);
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.delete("/api/v1/tokens/" + id, admin).problemCode()).isEqualTo("TOKEN_NOT_FOUND");
    }

    /** Another instance revokes by writing the row: this instance's kept token stops working within 5 s (decision 008). */
    @Test
    void tokenRevokedByAnotherInstanceStopsWorkingWithinFiveSeconds() throws InterruptedException {
        String admin = api.tokenFor(Role.ADMIN);
        var created = api.postJson("/api/v1/tokens", admin, Map.of("name", "kept elsewhere", "role", "OBSERVER"));
        String token = created.json().path("token").asString();
        assertThat(api.get("/api/v1/accounts", token).status()).isEqualTo(403); // authenticated (kept), not allowed
        assertThat(api.get("/api/v1/accounts", token).problemCode()).isEqualTo("ACCESS_DENIED");

        jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE id = ?::uuid")
                .param(created.json().path("id").asString()).update();
        long revoked = System.nanoTime();
        int status;
        do {
            Thread.sleep(100);
            status = api.get("/api/v1/accounts", token).status();
        } while (status != 401 && System.nanoTime() - revoked < 10_000_000_000L);
        assertThat(status).isEqualTo(401);
        assertThat((System.nanoTime() - revoked) / 1e9).isLessThan(5.0);
    }

    @Test
    void basicCredentialsWorkOnlyOnTheTokenEndpoint() {
        accounts.create("basiconly", null, Role.ADMIN, null, "another long password");
        var response = api.send(api.request("/api/v1/accounts", null)
                .header("Authorization", ApiClient.basic("basiconly", "another long password")).GET());
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void stationStaffTokenNeedsAStationAndOthersMayNotHaveOne() {
        String admin = api.tokenFor(Role.ADMIN);
        var missing = api.postJson("/api/v1/tokens", admin, Map.of("name", "x", "role", "STATION_SUPERVISOR"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.problemCode()).isEqualTo("STATION_REQUIRED");
        var extra = api.postJson("/api/v1/tokens", admin, Map.of("name", "x", "role", "OBSERVER", "stationId", "S1"));
        assertThat(extra.problemCode()).isEqualTo("STATION_NOT_APPLICABLE");
        var badRole = api.postJson("/api/v1/tokens", admin, Map.of("name", "x", "role", "KING"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.problemCode()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        var english = api.send(api.request("/api/v1/accounts", null).header("Accept-Language", "en").GET());
        assertThat(english.json().path("detail").asString()).contains("Sign in");
        var korean = api.send(api.request("/api/v1/accounts", null).header("Accept-Language", "ko-KR").GET());
        assertThat(korean.json().path("detail").asString()).contains("로그인");
        var unknownPath = api.get("/api/v1/no-such-thing", api.tokenFor(Role.OBSERVER));
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.problemCode()).isEqualTo("NOT_FOUND");
        assertThat(unknownPath.json().path("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }
}
