package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.SAJIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A simulated early-voting day at two stations with many threads issuing at once, hour by hour: the
 * live turnout (by station and hour, 읍면동, 시군구, 시도, nation) equals the issuance records exactly,
 * and the public figures are cacheable and carry nothing personal.
 */
@EarlyVotingIntegrationTest
class TurnoutLiveIT {

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssuanceLedger ledger;

    /** Runs a simulated morning; answers the voters' RRNs and names. */
    private List<String> simulatedMorning(EarlyVotingFixture.Sample s) throws Exception {
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        List<String> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        try {
            for (int hour = 7; hour <= 12; hour++) {
                fixture.at(DAY_1, LocalTime.of(hour, 10));
                List<String> rrns = new ArrayList<>();
                for (int i = 0; i < 6 + hour % 3; i++) {
                    rrns.add(s.voter(List.of(CHEONGUN, SAJIK, JUNGANG).get((i + hour) % 3)));
                }
                all.addAll(rrns);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < rrns.size(); i++) {
                    String rrn = rrns.get(i);
                    // Every voter tries at both stations at once: exactly one issuance may count.
                    for (String station : i % 2 == 0 ? List.of(s.seoulStation, s.busanStation) : List.of(s.busanStation, s.seoulStation)) {
                        String id = s.identify(station, rrn).json().path("identificationId").asString();
                        futures.add(pool.submit(() -> {
                            go.await();
                            var r = s.issue(station, id, UUID.randomUUID().toString());
                            if (r.status() != 201 && !"ALREADY_ISSUED".equals(r.problemCode())) {
                                unexpected.add(r.toString());
                            }
                            return null;
                        }));
                    }
                }
                go.countDown();
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(unexpected).isEmpty();
        return all;
    }

    @Test
    void liveTurnoutEqualsTheIssuanceRecordsAfterADayWithConcurrentStations() throws Exception {
        var s = fixture.sample();
        List<String> voters = simulatedMorning(s);
        String observer = api.tokenFor(Role.OBSERVER);
        String base = "/api/v1/turnout/elections/" + s.election;

        long issued = jdbc.sql("SELECT count(*) FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                .query(Long.class).single();
        assertThat(issued).as("one issuance per voter").isEqualTo(voters.size());

        // By station and hour (Korea time), 관내/관외.
        Map<String, Long> expectedStationHours = new HashMap<>();
        jdbc.sql("""
                SELECT station_code || '/' || day || '/' || extract(hour FROM issued_at AT TIME ZONE 'Asia/Seoul')::int
                       || '/' || in_district AS k, count(*) FROM ev_issuances WHERE election_id = ? GROUP BY 1""")
                .param(s.election.value()).query(rs -> {
                    expectedStationHours.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> actualStationHours = new HashMap<>();
        for (JsonNode h : api.get(base + "/stations/hours", observer).json()) {
            String k = h.path("station").asString() + "/" + h.path("day").asString() + "/" + h.path("hour").asInt();
            if (h.path("inDistrict").asLong() > 0) {
                actualStationHours.put(k + "/true", h.path("inDistrict").asLong());
            }
            if (h.path("outOfDistrict").asLong() > 0) {
                actualStationHours.put(k + "/false", h.path("outOfDistrict").asLong());
            }
        }
        assertThat(actualStationHours).isEqualTo(expectedStationHours);

        // By the voter's 읍면동.
        Map<String, Long> expectedEmd = new HashMap<>();
        jdbc.sql("SELECT voter_emd_code || '/' || in_district, count(*) FROM ev_issuances WHERE election_id = ? GROUP BY 1")
                .param(s.election.value()).query(rs -> {
                    expectedEmd.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> actualEmd = new HashMap<>();
        for (JsonNode e : api.get(base + "/emds", observer).json()) {
            if (e.path("inDistrict").asLong() > 0) {
                actualEmd.put(e.path("emdCode").asString() + "/true", e.path("inDistrict").asLong());
            }
            if (e.path("outOfDistrict").asLong() > 0) {
                actualEmd.put(e.path("emdCode").asString() + "/false", e.path("outOfDistrict").asLong());
            }
        }
        assertThat(actualEmd).isEqualTo(expectedEmd);

        // 시군구, 시도, nation and the hourly curve.
        JsonNode live = api.get(base + "/live", observer).json();
        long in = jdbc.sql("SELECT count(*) FROM ev_issuances WHERE election_id = ? AND in_district").param(s.election.value())
                .query(Long.class).single();
        assertThat(live.path("nation").path("inDistrict").asLong()).isEqualTo(in);
        assertThat(live.path("nation").path("outOfDistrict").asLong()).isEqualTo(issued - in);
        Map<String, Long> sgg = new HashMap<>();
        live.path("sggs").forEach(a -> {
            if (a.path("early").asLong() > 0) {
                sgg.put(a.path("code").asString(), a.path("early").asLong());
            }
        });
        Map<String, Long> expectedSgg = new HashMap<>();
        jdbc.sql("SELECT left(voter_emd_code, 5), count(*) FROM ev_issuances WHERE election_id = ? GROUP BY 1")
                .param(s.election.value()).query(rs -> {
                    expectedSgg.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(sgg).isEqualTo(expectedSgg);
        long sidoSum = 0;
        for (JsonNode a : live.path("sidos")) {
            sidoSum += a.path("early").asLong();
        }
        assertThat(sidoSum).isEqualTo(issued);
        JsonNode hours = live.path("hours");
        assertThat(hours.get(hours.size() - 1).path("cumulative").asLong()).as("the curve ends at the total").isEqualTo(issued);
        assertThat(hours.get(0).path("hour").asInt()).isEqualTo(6);

        // Reconciliation agrees: the turnout counters equal the issuances at every station day.
        JsonNode reconciliation = api.get(base + "/reconciliation", observer).json();
        for (JsonNode day : reconciliation.path("stations")) {
            for (JsonNode check : day.path("checks")) {
                if (check.path("rule").asString().equals("TURNOUT_COUNTED_EQUALS_ISSUED")) {
                    assertThat(check.path("holds").asBoolean()).as(day.toString()).isTrue();
                }
            }
        }

        // Station load: the 12:10 arrivals are within the last 15 minutes at 12:20, none at 12:40.
        fixture.at(DAY_1, LocalTime.of(12, 20));
        long recent = 0;
        for (JsonNode st : api.get(base + "/stations/load", observer).json()) {
            recent += st.path("arrivalsLast15").asLong();
        }
        long at1210 = jdbc.sql("""
                SELECT count(*) FROM ev_issuances WHERE election_id = ?
                AND extract(hour FROM issued_at AT TIME ZONE 'Asia/Seoul') = 12""").param(s.election.value())
                .query(Long.class).single();
        assertThat(recent).isEqualTo(at1210).isPositive();
        fixture.at(DAY_1, LocalTime.of(12, 40));
        JsonNode quiet = api.get(base + "/stations/load", observer).json();
        quiet.forEach(st -> assertThat(st.path("arrivalsLast15").asLong()).isZero());

        // A previous election's curve, recorded from a file in docs/formats/turnout-previous-curve.md, is overlaid.
        byte[] curve = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/formats/examples/turnout-previous-curve.csv"));
        var recorded = kr.tupyo.registry.RegistryUploads.upload(api, base + "/previous-curve", api.tokenFor(Role.ADMIN),
                "curve.csv", curve);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonNode withPrevious = api.get(base + "/live", observer).json();
        assertThat(withPrevious.path("previousLabel").asString()).isEqualTo("제20대 대통령선거");
        assertThat(withPrevious.path("previous").get(0).path("percent").asDouble()).isEqualTo(36.93);
        assertThat(kr.tupyo.registry.RegistryUploads.upload(api, base + "/previous-curve", api.tokenFor(Role.ADMIN),
                "curve.csv", "label,area,x\n").problemCode()).isEqualTo("TURNOUT_INVALID_CURVE");

        // The ledger marks exactly the issued voters among any set of keys.
        List<String> keys = jdbc.sql("SELECT voter_key FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                .query(String.class).list();
        Set<String> asked = new HashSet<>(keys);
        asked.add("V-not-a-voter");
        assertThat(ledger.issuedAmong(s.election, asked)).isEqualTo(new HashSet<>(keys));

        // The figures are read from the incremental counters, never by scanning the issuance records: a counter
        // changed behind the records' back shows in the live figures, and reconciliation names the station day.
        jdbc.sql("""
                UPDATE turnout_area_hours SET issued = issued + 1000
                WHERE (election_id, level, area_code, day, hour, in_district) IN (
                    SELECT election_id, level, area_code, day, hour, in_district FROM turnout_area_hours
                    WHERE election_id = ? AND level = 'SGG' LIMIT 1)""").param(s.election.value()).update();
        assertThat(api.get(base + "/live", observer).json().path("nation").path("early").asLong()).isEqualTo(issued + 1000);
        jdbc.sql("""
                UPDATE turnout_station_hours SET issued = issued + 1
                WHERE (election_id, station_code, day, hour, in_district) IN (
                    SELECT election_id, station_code, day, hour, in_district FROM turnout_station_hours
                    WHERE election_id = ? AND station_code = ? LIMIT 1)""").params(s.election.value(), s.busanStation).update();
        List<String> miscounted = new ArrayList<>();
        for (JsonNode day : api.get(base + "/reconciliation", observer).json().path("stations")) {
            for (JsonNode check : day.path("checks")) {
                if (check.path("rule").asString().equals("TURNOUT_COUNTED_EQUALS_ISSUED") && !check.path("holds").asBoolean()) {
                    miscounted.add(day.path("station").asString());
                }
            }
        }
        assertThat(miscounted).containsExactly(s.busanStation);
    }

    @Test
    void thePublicFiguresAreCacheableUpToTheLastFullHourAndCarryNothingPersonal() throws Exception {
        var s = fixture.sample();
        List<String> rrns = simulatedMorning(s);
        fixture.at(DAY_1, LocalTime.of(12, 30));
        String path = "/api/v1/public/turnout/elections/" + s.election;
        var first = api.send(api.request(path, null).GET());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("max-age=60").contains("public");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        var again = api.send(api.request(path, null).header("If-None-Match", etag).GET());
        assertThat(again.status()).isEqualTo(304);

        long beforeNoon = jdbc.sql("""
                SELECT count(*) FROM ev_issuances WHERE election_id = ?
                AND extract(hour FROM issued_at AT TIME ZONE 'Asia/Seoul') < 12""").param(s.election.value())
                .query(Long.class).single();
        JsonNode body = first.json();
        assertThat(body.path("asOf").asString()).contains("T12:00");
        assertThat(body.path("nation").path("early").asLong()).as("as of 12:00").isEqualTo(beforeNoon);

        List<String> names = jdbc.sql("SELECT voter_key FROM ev_issuances WHERE election_id = ?").param(s.election.value())
                .query(String.class).list();
        String page = api.send(api.request("/public/turnout?election=" + s.election + "&area=11110", null).GET()).body();
        for (String text : List.of(first.body(), page, api.send(api.request(path + "/stations", null).GET()).body())) {
            // A registration number, in clear or masked; not a run of digits inside another election's UUID
            // on the page (ce656866-6f09-… once matched the looser pattern).
            assertThat(text).doesNotContainPattern("선거인\\d").doesNotContainPattern("(?<![0-9a-fA-F])[0-9]{6}-[1-8][0-9*]{6}");
            names.forEach(key -> assertThat(text).doesNotContain(key));
            rrns.forEach(rrn -> assertThat(text).doesNotContain(rrn));
        }
        assertThat(page).contains("12:00").contains("청운효자동 사전투표소");
    }
}
