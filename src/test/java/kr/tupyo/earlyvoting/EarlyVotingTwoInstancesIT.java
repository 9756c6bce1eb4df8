package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.tupyo.TupyoApplication;
import kr.tupyo.earlyvoting.internal.VoterOnList;
import kr.tupyo.platform.TupyoProperties;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database (the second a separate Spring context with its own
 * connection pool and web server): racing issuances to the same voters through both, and retries
 * with the same Idempotency-Key sent to the other instance, leave exactly one issuance per voter.
 */
@EarlyVotingIntegrationTest
class EarlyVotingTwoInstancesIT {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    TupyoProperties properties;
    @Autowired
    FixtureVotersList votersA;

    @Test
    void twoInstancesIssueExactlyOncePerVoterAndAnswerEachOthersRetries() throws Exception {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        try (ConfigurableApplicationContext second = secondInstance()) {
            String baseB = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
            second.getBean(MutableClock.class).setKorea(DAY_1.atTime(LocalTime.of(7, 0)));
            FixtureVotersList votersB = second.getBean(FixtureVotersList.class);
            var generator = new kr.tupyo.registry.RrnGenerator(UUID.randomUUID().getMostSignificantBits());
            int voters = 30;
            List<String> rrns = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                ResidentRegistrationNumber rrn = generator.next();
                String emd = i % 2 == 0 ? CHEONGUN : JUNGANG;
                s.voter(rrn, "쌍둥이" + i, rrn.birthDate(), emd, new VoterOnList.Listing.OnList());
                votersB.add(s.election, rrn, votersA.findByRrn(s.election, rrn).orElseThrow());
                rrns.add(rrn.digits());
            }
            HttpClient http = HttpClient.newHttpClient();
            ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (String rrn : rrns) {
                // the Seoul terminal talks to instance A, the Busan terminal to instance B
                for (var target : List.of(Map.entry(api.baseUrl(), s.seoulStation), Map.entry(baseB, s.busanStation))) {
                    String token = s.operator(target.getValue());
                    String identification = post(http, target.getKey() + "/api/v1/early-voting/identifications", token, null,
                            "{\"electionId\":\"" + s.election + "\",\"rrn\":\"" + rrn + "\"}").body();
                    assertThat(identification).contains("ELIGIBLE");
                    String id = JSON.readTree(identification).path("identificationId").asString();
                    String key = UUID.randomUUID().toString();
                    for (String base : List.of(api.baseUrl(), baseB)) { // the same request, retried on the other instance
                        futures.add(pool.submit(() -> {
                            start.await();
                            var response = post(http, base + "/api/v1/early-voting/issuances", token, key,
                                    "{\"identificationId\":\"" + id + "\",\"signature\":\"" + EarlyVotingFixture.SIGNATURE + "\"}");
                            if (response.statusCode() == 201) {
                                created.add(rrn + " " + JSON.readTree(response.body()).path("issuanceId").asString());
                            } else if (response.statusCode() != 409 || !response.body().contains("ALREADY_ISSUED")) {
                                unexpected.add(response.statusCode() + " " + response.body());
                            }
                            return null;
                        }));
                    }
                }
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(90, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(unexpected).isEmpty();
            // each voter: one winning request and its retry (same key) answer the same issuance; the other terminal 409
            assertThat(created.stream().map(c -> c.split(" ")[0]).distinct()).hasSize(voters);
            assertThat(created).allSatisfy(c -> assertThat(created.stream().filter(c::equals).count()).isEqualTo(2));
            assertThat(jdbc.sql("SELECT count(*) FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                    .query(Long.class).single()).isEqualTo(voters);
        }
    }

    private ConfigurableApplicationContext secondInstance() throws Exception {
        // command-line arguments: they outrank application.yml's ${SERVER_PORT:8080} and ${TUPYO_DATABASE_URL:}
        return new SpringApplicationBuilder(TupyoApplication.class, EarlyVotingTestConfiguration.class)
                .run("--server.port=0",
                        "--tupyo.test.data-dir=" + Files.createTempDirectory("tupyo-second-"),
                        "--tupyo.database.url=" + dataSource.getJdbcUrl(),
                        "--tupyo.database.user=" + dataSource.getUsername(),
                        "--tupyo.database.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                        "--tupyo.key-file=" + properties.effectiveKeyFile(),
                        "--spring.main.allow-bean-definition-overriding=true");
    }

    private static HttpResponse<String> post(HttpClient http, String url, String token, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
