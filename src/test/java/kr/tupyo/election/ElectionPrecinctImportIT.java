package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import kr.tupyo.registry.RegistryUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing precinct files (the whole kr-2022 table, and the ways a file is refused), then stations. */
@TupyoIntegrationTest
class ElectionPrecinctImportIT {

    static final Path KR_2022 = Path.of(System.getProperty("user.dir"), "..", "shared", "data", "kr-2022", "precincts.csv");
    static final String HEADER = "sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters\n";
    static final String ROW = "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170\n";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;
    @Autowired
    Precincts precincts;
    @Autowired
    Stations stations;

    String admin() {
        return api.tokenFor(Role.ADMIN);
    }

    @BeforeEach
    void kr2022DivisionsAreInForce() {
        RegistryUploads.ensureKr2022Divisions(api);
    }

    String election() {
        var response = api.postJson("/api/v1/elections", admin(), Map.of("type", "PRESIDENTIAL",
                "name", "제20대 대통령선거 " + UUID.randomUUID(), "electionDay", "2022-03-09"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    ApiClient.Response upload(String election, String token, String fileName, byte[] content) {
        String boundary = "----tupyo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/v1/elections/" + election + "/precincts", token,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    long stored(String election) {
        return jdbc.sql("SELECT count(*) FROM precincts WHERE election_id = ?::uuid").param(election).query(Long.class).single();
    }

    @Test
    void importsTheWholeKr2022PrecinctTableAndRefusesItASecondTime() throws IOException {
        String id = election();
        byte[] file = Files.readAllBytes(KR_2022);
        var imported = upload(id, admin(), "precincts.csv", file);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("rows").asInt()).isEqualTo(14_464);
        assertThat(imported.json().path("emdCount").asInt()).isEqualTo(3_510);
        assertThat(stored(id)).isEqualTo(14_464);
        Long electors = jdbc.sql("SELECT sum(electors) FROM precincts WHERE election_id = ?::uuid").param(id)
                .query(Long.class).single();
        assertThat(electors).isEqualTo(27_540_762L);
        assertThat(precincts.inEmd(ElectionId.of(id), "1111051500")).extracting(Precinct::pollingPlace)
                .containsExactly("청운효자동제1투표소", "청운효자동제2투표소", "청운효자동제3투표소");

        var again = upload(id, admin(), "renamed.csv", file);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("PRECINCT_FILE_DUPLICATE");
        assertThat(stored(id)).isEqualTo(14_464);

        // one default station per 읍면동 of the division table (3,512: two have no precincts), then an extra one
        var generated = api.postJson("/api/v1/elections/" + id + "/stations/generate", admin(), Map.of());
        assertThat(generated.json().path("added").asInt()).isEqualTo(3_512);
        assertThat(api.postJson("/api/v1/elections/" + id + "/stations/generate", admin(), Map.of()).json()
                .path("added").asInt()).as("running it again adds nothing").isZero();
        var extra = api.postJson("/api/v1/elections/" + id + "/stations", admin(), Map.of("emdCode", "1111051500",
                "name", "서울역 특별사전투표소", "address", "서울특별시 종로구 청운효자동 1"));
        assertThat(extra.status()).as(extra.toString()).isEqualTo(201);
        assertThat(extra.json().path("code").asString()).isEqualTo("EV-1111051500-2");
        assertThat(stations.find(ElectionId.of(id), new StationCode("EV-1111051500-1")))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("청운효자동 사전투표소"));
        var unknownEmd = api.postJson("/api/v1/elections/" + id + "/stations", admin(), Map.of("emdCode", "9999999999",
                "name", "x", "address", "y"));
        assertThat(unknownEmd.problemCode()).isEqualTo("INVALID_STATION");

        var regions = api.get("/api/v1/elections/" + id + "/regions", api.tokenFor(Role.OBSERVER)).json();
        assertThat(regions.size()).isEqualTo(250);
        assertThat(regions.get(0).path("sggCode").asString()).isEqualTo("11110");
        assertThat(regions.get(0).path("stations").asLong()).isEqualTo(regions.get(0).path("emds").asLong() + 1);
        assertThat(api.get("/api/v1/elections/" + id + "/stations?sggCode=11110", api.tokenFor(Role.STATION_OPERATOR))
                .json().size()).isEqualTo(regions.get(0).path("stations").asInt());
    }

    @Test
    void theDocumentedExampleImports() throws IOException {
        byte[] example = Files.readAllBytes(Path.of(System.getProperty("user.dir"), "docs", "formats", "examples", "precincts.csv"));
        var imported = upload(election(), admin(), "precincts.csv", example);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("rows").asInt()).isEqualTo(7);
    }

    @Test
    void refusesAFileWithInvalidRowsListingEveryErrorAndStoresNothing() {
        String id = election();
        String file = HEADER + ROW
                + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,many,1\n"
                + ROW
                + "서울특별시,종로구,11110,사직동,11110530,사직동제1투,1555,823\n"
                + "서울특별시,종로구,11110,없는동,1111099999,없는동제1투,10,5\n";
        var refused = upload(id, admin(), "bad.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("PRECINCT_FILE_INVALID");
        assertThat(refused.json().path("errorCount").asInt()).isEqualTo(4);
        var errors = refused.json().path("errors");
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("electors");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(4);
        assertThat(errors.get(2).path("line").asInt()).isEqualTo(5);
        assertThat(errors.get(2).path("column").asString()).isEqualTo("emd_code");
        assertThat(errors.get(3).path("line").asInt()).isEqualTo(6);
        assertThat(errors.get(3).path("message").asString()).contains("unknown 읍면동 code");
        assertThat(stored(id)).isZero();
        auditEntries.chainPending();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY seq DESC LIMIT 1")
                .param("election:" + id).query(String.class).single()).isEqualTo("PRECINCT_IMPORT_REJECTED");
    }

    @Test
    void refusesWrongEncodingMissingOrExtraColumnsAndEmptyFiles() {
        String id = election();
        var cp949 = upload(id, admin(), "cp949.csv", (HEADER + ROW).getBytes(Charset.forName("MS949")));
        assertThat(cp949.json().path("errors").get(0).path("message").asString()).contains("UTF-8");
        var missing = upload(id, admin(), "m.csv", (HEADER.replace(",electors", "") + ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(missing.json().path("errors").get(0).path("column").asString()).isEqualTo("electors");
        var extra = upload(id, admin(), "e.csv", (HEADER.replace("\n", ",remarks\n") + ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(extra.json().path("errors").get(0).path("column").asString()).isEqualTo("remarks");
        var empty = upload(id, admin(), "empty.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("errors").get(0).path("message").asString()).isEqualTo("the file is empty");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aNewFileReplacesTheElectionsPrecinctsAndOnlyAnAdminImports() {
        String id = election();
        assertThat(upload(id, admin(), "a.csv", (HEADER + ROW).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        String second = HEADER + ROW.replace("제1투", "제9투") + ROW.replace("제1투", "제8투");
        assertThat(upload(id, admin(), "b.csv", second.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(precincts.of(ElectionId.of(id))).extracting(Precinct::name)
                .containsExactly("청운효자동제9투", "청운효자동제8투");
        var byOfficer = upload(id, api.tokenFor(Role.ROLL_OFFICER), "c.csv", (HEADER + ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(upload(UUID.randomUUID().toString(), admin(), "d.csv", (HEADER + ROW).getBytes(StandardCharsets.UTF_8))
                .problemCode()).isEqualTo("ELECTION_NOT_FOUND");
    }
}
