package kr.tupyo.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;

/**
 * Seeds what the day needs through the API: the kr-2022 divisions (if absent), a presidential
 * election whose first early-voting day is today (Korea time), its contest and ballot, one station
 * per 읍면동 (up to {@code stations}), and an operator token bound to each station.
 */
final class SimulatedElection {

    final UUID election;
    final UUID contest;
    final List<String> stationCodes;
    final List<String> stationTokens;
    final List<String> emdCodes;

    private SimulatedElection(UUID election, UUID contest, List<String> stationCodes, List<String> stationTokens,
                              List<String> emdCodes) {
        this.election = election;
        this.contest = contest;
        this.stationCodes = stationCodes;
        this.stationTokens = stationTokens;
        this.emdCodes = emdCodes;
    }

    static SimulatedElection create(ServerApi api, SimulationOptions options) throws IOException {
        String admin = options.adminToken();
        var divisions = api.upload("/api/v1/registry/divisions?effectiveDate=2022-01-03", admin, options.divisions());
        require(divisions.status() == 201 || divisions.status() == 409, "division import", divisions);
        // The server's today: its clock may have been set with TUPYO_CLOCK_START to run outside real hours.
        String clockStart = System.getenv("TUPYO_CLOCK_START");
        LocalDate today = clockStart == null || clockStart.isBlank() ? ZonedDateTime.now(KoreaTime.ZONE).toLocalDate()
                : java.time.OffsetDateTime.parse(clockStart.strip()).atZoneSameInstant(KoreaTime.ZONE).toLocalDate();
        var election = api.post("/api/v1/elections", admin, Map.of("type", "PRESIDENTIAL",
                "name", "부하 모의 대통령선거 " + UUID.randomUUID().toString().substring(0, 8),
                "electionDay", today.plusDays(5).toString()), null);
        require(election.status() == 201, "election", election);
        UUID id = UUID.fromString(election.json().path("id").asString());
        var contest = api.post("/api/v1/elections/" + id + "/contests", admin,
                Map.of("kind", "PRESIDENT", "name", "대통령", "areas", List.of()), null);
        require(contest.status() == 201, "contest", contest);
        UUID contestId = UUID.fromString(contest.json().path("id").asString());
        for (var entry : List.of(Map.of("party", "가나당", "candidateName", "김가나"), Map.of("party", "다라당", "candidateName", "이다라"))) {
            var added = api.post("/api/v1/elections/" + id + "/contests/" + contestId + "/ballot", admin, entry, null);
            require(added.status() == 201, "ballot entry", added);
        }
        List<String> emds = emdCodes(options.divisions(), options.stations());
        List<String> codes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String emd : emds) {
            var station = api.post("/api/v1/elections/" + id + "/stations", admin,
                    Map.of("emdCode", emd, "name", emd + " 사전투표소", "address", emd), null);
            require(station.status() == 201, "station", station);
            String code = station.json().path("code").asString();
            var token = api.post("/api/v1/tokens", admin, Map.of("name", "sim-" + code + "-" + id.toString().substring(0, 8),
                    "role", "STATION_OPERATOR", "stationId", code), null);
            require(token.status() == 201, "token", token);
            codes.add(code);
            tokens.add(token.json().path("token").asString());
        }
        return new SimulatedElection(id, contestId, codes, tokens, emds);
    }

    /**
     * An election an earlier run created ({@link #create}) and seeded, for another day on the same list: its
     * contest and its stations (one per 읍면동, in the same order), with a fresh operator token for each.
     */
    static SimulatedElection reuse(ServerApi api, SimulationOptions options) throws IOException {
        String admin = options.adminToken();
        UUID id = options.election();
        var contests = api.get("/api/v1/elections/" + id + "/contests", admin);
        require(contests.status() == 200 && contests.json().size() == 1, "the election's one contest", contests);
        UUID contestId = UUID.fromString(contests.json().get(0).path("id").asString());
        var stations = api.get("/api/v1/elections/" + id + "/stations", admin);
        require(stations.status() == 200, "stations", stations);
        Map<String, String> codeByEmd = new java.util.HashMap<>();
        stations.json().forEach(s -> codeByEmd.putIfAbsent(s.path("emdCode").asString(), s.path("code").asString()));
        List<String> emds = emdCodes(options.divisions(), options.stations());
        List<String> codes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String emd : emds) {
            String code = codeByEmd.get(emd);
            if (code == null) {
                throw new IllegalStateException("election " + id + " has no station in 읍면동 " + emd);
            }
            var token = api.post("/api/v1/tokens", admin, Map.of("name", "sim-" + code + "-" + run,
                    "role", "STATION_OPERATOR", "stationId", code), null);
            require(token.status() == 201, "token", token);
            codes.add(code);
            tokens.add(token.json().path("token").asString());
        }
        return new SimulatedElection(id, contestId, codes, tokens, emds);
    }

    private static List<String> emdCodes(Path divisions, int limit) throws IOException {
        try (var lines = Files.lines(divisions)) {
            return lines.skip(1).map(l -> l.split(",")[4]).distinct().limit(limit).toList();
        }
    }

    static void require(boolean ok, String what, ServerApi.Answer answer) {
        if (!ok) {
            throw new IllegalStateException(what + " failed: " + answer.status() + " " + answer.body());
        }
    }
}
