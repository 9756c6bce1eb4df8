package kr.tupyo.simulation;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of {@code ./tupyo simulate early-voting}.
 *
 * @param voters     voters on the seeded integrated voters list
 * @param arrivals   voters who come to vote during the simulated day (each once, plus duplicates)
 * @param seconds    the 12 hours of the day (06:00–18:00) compressed into this many seconds
 * @param concurrency terminals working at the same time (each one request at a time)
 * @param election   an election an earlier run seeded, to play another day on its list (its {@code voters}
 *                   voters, not seeded again) instead of creating one; {@code null} to create one
 * @param skipArrivals voters of the plan's order left out at the start: a later day on the same list takes
 *                   voters no earlier day took (e.g. the previous run's {@code arrivals})
 */
record SimulationOptions(URI server, String adminToken, Path dataDir, Path divisions, int stations, int voters,
                         int arrivals, int seconds, double duplicateShare, double retryShare, int concurrency,
                         int pgbenchSeconds, long seed, java.util.UUID election, int skipArrivals) {

    static SimulationOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        URI server = URI.create(o.getOrDefault("url", env.getOrDefault("TUPYO_URL", "http://localhost:8080")));
        String host = server.getHost();
        if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host) && !"::1".equals(host)) {
            throw new IllegalArgumentException("the simulator only talks to a server on this machine (loopback): " + server);
        }
        String token = o.getOrDefault("token", env.get("TUPYO_API_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("an ADMIN API token is needed: --token or TUPYO_API_TOKEN");
        }
        return new SimulationOptions(server, token,
                Path.of(o.getOrDefault("data-dir", env.getOrDefault("TUPYO_DATA_DIR", "./data"))),
                Path.of(o.getOrDefault("divisions", "../shared/data/kr-2022/divisions.csv")),
                bounded(o, "stations", 3500, 1, 3500), bounded(o, "voters", 1_000_000, 1_000, 50_000_000),
                bounded(o, "arrivals", 100_000, 100, 10_000_000), bounded(o, "seconds", 120, 10, 43_200),
                Double.parseDouble(o.getOrDefault("duplicate-share", "0.02")),
                Double.parseDouble(o.getOrDefault("retry-share", "0.05")),
                bounded(o, "concurrency", 64, 1, 2_000), bounded(o, "pgbench-seconds", 20, 0, 600),
                Long.parseLong(o.getOrDefault("seed", "20260527")),
                o.containsKey("election") ? java.util.UUID.fromString(o.get("election")) : null,
                bounded(o, "skip-arrivals", 0, 0, 50_000_000));
    }

    private static int bounded(Map<String, String> o, String name, int fallback, int min, int max) {
        int value = Integer.parseInt(o.getOrDefault(name, Integer.toString(fallback)));
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must lie between " + min + " and " + max);
        }
        return value;
    }
}
