package kr.tupyo.turnout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input to turnout answers with problem+json and a stable code, and changes nothing: boundaries
 * that are not a FeatureCollection of 시군구 polygons are refused and the map keeps the boundaries it had;
 * an election, a list job or a file that does not exist is named as such.
 */
@TupyoIntegrationTest
class TurnoutBadInputIT {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void boundariesThatAreNotSggPolygonsAreRefusedAndTheMapKeepsItsBoundaries() {
        String admin = api.tokenFor(Role.ADMIN);
        long before = jdbc.sql("SELECT count(*) FROM turnout_boundaries").query(Long.class).single();
        String mapBefore = api.get("/api/v1/public/turnout/boundaries", null).header("ETag");
        for (String bad : new String[] {
                "not json at all",
                "{\"type\":\"Feature\",\"features\":[]}",
                "{\"type\":\"FeatureCollection\",\"features\":[]}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"sgg_code\":\"<script>\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"sgg_code\":\"11110\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[127,37]}}]}"}) {
            var refused = RegistryUploads.upload(api, "/api/v1/turnout/boundaries", admin, "sgg.geojson", bad);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.problemCode()).isEqualTo("TURNOUT_INVALID_BOUNDARIES");
            assertThat(refused.json().path("detail").asString()).as("a clear reason").contains("FeatureCollection");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM turnout_boundaries").query(Long.class).single()).isEqualTo(before);
        assertThat(api.get("/api/v1/public/turnout/boundaries", null).header("ETag")).isEqualTo(mapBefore);
        assertThat(RegistryUploads.upload(api, "/api/v1/turnout/boundaries", api.tokenFor(Role.ROLL_OFFICER), "sgg.geojson",
                "{}").problemCode()).as("only administrators import boundaries").isEqualTo("ACCESS_DENIED");
    }

    @Test
    void whatDoesNotExistIsNamed() {
        String officer = api.tokenFor(Role.ROLL_OFFICER);
        UUID nothing = UUID.randomUUID();
        var election = api.get("/api/v1/turnout/elections/" + nothing + "/live", officer);
        assertThat(election.status()).isEqualTo(404);
        assertThat(election.problemCode()).isEqualTo("TURNOUT_ELECTION_NOT_FOUND");
        assertThat(api.get("/api/v1/public/turnout/elections/" + nothing, null).problemCode())
                .isEqualTo("TURNOUT_ELECTION_NOT_FOUND");
        assertThat(api.get("/api/v1/turnout/list-jobs/" + nothing, officer).problemCode()).isEqualTo("TURNOUT_LIST_JOB_NOT_FOUND");
        assertThat(api.get("/api/v1/turnout/list-jobs/" + nothing + "/files", officer).problemCode())
                .isEqualTo("TURNOUT_LIST_JOB_NOT_FOUND");
        assertThat(api.get("/api/v1/turnout/list-jobs/" + nothing + "/files/1.csv", officer).problemCode())
                .isEqualTo("TURNOUT_LIST_JOB_NOT_FOUND");
        assertThat(api.get("/api/v1/turnout/list-jobs/" + nothing + "/files/1.exe", officer).problemCode())
                .isEqualTo("TURNOUT_INVALID_ENTRY");
    }
}
