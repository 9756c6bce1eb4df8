package kr.tupyo.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./tupyo simulate early-voting [--arrivals N] [--seconds S] ...}: plays an early-voting day
 * against a running server on this machine and reports throughput and latency percentiles beside
 * pgbench's on the same PostgreSQL. At the end it checks that the issuances recorded equal the
 * distinct voters who received ballots. Options: see {@link SimulationOptions}.
 */
public final class SimulateEarlyVoting {

    private final SimulationOptions options;
    private final ServerApi api;
    private final Latencies identify = new Latencies("identification");
    private final Latencies issue = new Latencies("issuance");
    private final Latencies retry = new Latencies("issuance retry");
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong refusedAtIdentification = new AtomicLong();
    private final AtomicLong retriesAnsweredAlike = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final List<String> failureSamples = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<Integer> votersWithBallots = ConcurrentHashMap.newKeySet();
    /** Each terminal thread keeps its own connection to the server (HTTP/1.1 keep-alive). */
    private final ThreadLocal<TerminalConnection> connections;

    private SimulateEarlyVoting(SimulationOptions options) {
        this.options = options;
        this.api = new ServerApi(options.server(), options.concurrency());
        this.connections = ThreadLocal.withInitial(() -> new TerminalConnection(options.server()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "early-voting".equals(args[0])) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        // Exit explicitly, also on failure: the HTTP client's worker threads would keep the JVM alive.
        try {
            new SimulateEarlyVoting(SimulationOptions.parse(args, System.getenv())).run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** One planned visit: a voter at a station, at an offset into the compressed day. */
    private record Visit(long offsetMillis, int voter, int station, boolean retried) {
    }

    private void run() throws Exception {
        try (SimulationDatabase db = new SimulationDatabase(options.dataDir())) {
            say("PostgreSQL on port %d; pgbench -N for %d s ...", db.port, options.pgbenchSeconds());
            double tps = PgBench.simpleUpdateTps(db.port, options.pgbenchSeconds(), 16);
            say("pgbench -N: %.0f TPS", tps);

            long t0 = System.nanoTime();
            boolean reused = options.election() != null;
            SimulatedElection setup = reused ? SimulatedElection.reuse(api, options) : SimulatedElection.create(api, options);
            say("election %s with %d stations and tokens in %.1f s%s", setup.election, setup.stationCodes.size(),
                    secondsSince(t0), reused ? " (reused, with its list)" : "");
            if (!reused) {
                t0 = System.nanoTime();
                db.seedVotersList(setup.election, setup.contest, setup.emdCodes, options.voters());
                say("integrated voters list: %d voters loaded in %.1f s", options.voters(), secondsSince(t0));
            }
            long[] before = db.issuances(setup.election); // an earlier day's, on a reused election
            openStations(setup);

            List<Visit> visits = plan(setup);
            say("playing %d visits (%d arrivals, %.0f%% duplicates elsewhere, %.0f%% retried issuances) over %d s with %d terminals at once",
                    visits.size(), options.arrivals(), options.duplicateShare() * 100, options.retryShare() * 100,
                    options.seconds(), options.concurrency());
            double wall = play(setup, visits);

            long[] after = db.issuances(setup.election);
            long[] stored = {after[0] - before[0], after[1] - before[1]};
            boolean balanced = stored[0] == stored[1] && stored[0] == votersWithBallots.size() && stored[0] == issued.get();
            say("");
            say("== result ==");
            say("issued %d (distinct voters with ballots %d); refused ALREADY_ISSUED at issuance %d, at identification %d; "
                    + "retries answered alike %d; failures %d", issued.get(), votersWithBallots.size(), refused.get(),
                    refusedAtIdentification.get(), retriesAnsweredAlike.get(), failures.get());
            say("database: %d issuances (this day) for %d distinct voters -> %s", stored[0], stored[1],
                    balanced ? "OK issued = distinct voters" : "MISMATCH");
            say("wall %.1f s; issuances/s %.1f; requests/s %.1f", wall, issued.get() / wall,
                    (identifyCount() + issued.get() + refused.get()) / wall);
            say(identify.summary());
            say(issue.summary());
            say(retry.summary());
            serverSide().forEach(line -> say("server-side %s", line));
            say("pgbench -N on the same PostgreSQL: %.0f TPS (issuances/s = %.2f x pgbench)", tps, issued.get() / wall / tps);
            failureSamples.stream().limit(10).forEach(f -> say("  failure: %s", f));
            if (!balanced || failures.get() > 0) {
                System.exit(3);
            }
        }
    }

    /** The server's own timers (quantiles over its recent window), from its Prometheus endpoint. */
    private List<String> serverSide() {
        var metrics = api.get("/actuator/prometheus", options.adminToken());
        if (metrics.status() != 200) {
            return List.of("metrics unavailable: " + metrics.status());
        }
        return metrics.body().lines().filter(l -> l.startsWith("tupyo_earlyvoting_") && !l.startsWith("#")).toList();
    }

    private long identifyCount() {
        return issued.get() + refused.get() + refusedAtIdentification.get();
    }

    private void openStations(SimulatedElection setup) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(32, options.concurrency()));
        for (int i = 0; i < setup.stationCodes.size(); i++) {
            String code = setup.stationCodes.get(i);
            String token = setup.stationTokens.get(i);
            pool.submit(() -> {
                var opened = api.post("/api/v1/early-voting/stations/" + code + "/open", token,
                        Map.of("electionId", setup.election.toString()), null);
                if (opened.status() != 200 && !opened.body().contains("STATION_ALREADY_OPEN")) {
                    fail("open " + code + ": " + opened.status() + " " + opened.body());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            throw new IllegalStateException("stations could not open (within 06:00-18:00 Korea time?): " + failureSamples);
        }
    }

    /** Arrivals on the hourly curve; each voter once, some again at another station, some with a retried request. */
    private List<Visit> plan(SimulatedElection setup) {
        Random random = new Random(options.seed());
        long[] offsets = ArrivalCurve.offsets(options.arrivals(), options.seconds(), random);
        int voters = options.voters();
        int stations = setup.stationCodes.size();
        long stride = 2_654_435_761L % voters; // a fixed odd stride: distinct voters for distinct arrivals
        while (gcd(stride, voters) != 1) {
            stride++;
        }
        List<Visit> visits = new ArrayList<>();
        int skip = options.skipArrivals();
        for (int k = 0; k < offsets.length && skip + k < voters; k++) {
            int voter = (int) (((long) (skip + k) * stride) % voters);
            int home = voter % setup.emdCodes.size() % stations;
            int station = random.nextDouble() < 0.8 ? home : random.nextInt(stations); // most vote near home (관내)
            visits.add(new Visit(offsets[k], voter, station, random.nextDouble() < options.retryShare()));
            if (random.nextDouble() < options.duplicateShare()) {
                visits.add(new Visit(offsets[k] + random.nextInt(50), voter, (station + 1 + random.nextInt(stations - 1 + 1)) % stations, false));
            }
        }
        visits.sort(java.util.Comparator.comparingLong(Visit::offsetMillis));
        return visits;
    }

    private double play(SimulatedElection setup, List<Visit> visits) throws InterruptedException {
        ExecutorService terminals = Executors.newFixedThreadPool(options.concurrency());
        long start = System.nanoTime();
        for (Visit visit : visits) {
            long due = start + visit.offsetMillis() * 1_000_000;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            terminals.submit(() -> visit(setup, visit));
        }
        terminals.shutdown();
        if (!terminals.awaitTermination(options.seconds() * 10L + 600, TimeUnit.SECONDS)) {
            terminals.shutdownNow();
            fail("the day did not finish in time");
        }
        return secondsSince(start);
    }

    private void visit(SimulatedElection setup, Visit visit) {
        String station = setup.stationCodes.get(visit.station());
        String token = setup.stationTokens.get(visit.station());
        long t = System.nanoTime();
        TerminalConnection terminal = connections.get();
        var identified = terminal.post("/api/v1/early-voting/identifications", token, "{\"electionId\":\"" + setup.election
                + "\",\"rrn\":\"" + SimulationDatabase.rrn(visit.voter()).digits() + "\"}", null);
        identify.add(System.nanoTime() - t);
        if (identified.status() != 200) {
            fail("identify at " + station + ": " + identified.status() + " " + identified.body());
            return;
        }
        var answer = identified.json();
        String status = answer.path("status").asString();
        if ("ALREADY_ISSUED".equals(status)) {
            refusedAtIdentification.incrementAndGet();
            return;
        }
        if (!"ELIGIBLE".equals(status)) {
            fail("voter " + visit.voter() + " is " + status);
            return;
        }
        String key = UUID.randomUUID().toString();
        String body = "{\"identificationId\":\"" + answer.path("identificationId").asString() + "\",\"signature\":\"" + SIGNATURE + "\"}";
        t = System.nanoTime();
        var first = terminal.post("/api/v1/early-voting/issuances", token, body, key);
        issue.add(System.nanoTime() - t);
        if (first.status() == 201) {
            issued.incrementAndGet();
            if (!votersWithBallots.add(visit.voter())) {
                fail("voter " + visit.voter() + " received ballots twice");
            }
        } else if (first.status() == 409 && first.body().contains("ALREADY_ISSUED")) {
            refused.incrementAndGet();
        } else {
            fail("issue at " + station + ": " + first.status() + " " + first.body());
            return;
        }
        if (visit.retried()) { // the terminal did not see the answer and sends the same request again
            t = System.nanoTime();
            var again = terminal.post("/api/v1/early-voting/issuances", token, body, key);
            retry.add(System.nanoTime() - t);
            boolean alike = again.status() == first.status() && (first.status() != 201
                    || again.json().path("issuanceId").asString().equals(first.json().path("issuanceId").asString()));
            if (alike) {
                retriesAnsweredAlike.incrementAndGet();
            } else {
                fail("retry answered differently: " + first.status() + " then " + again.status() + " " + again.body());
            }
        }
    }

    private void fail(String what) {
        failures.incrementAndGet();
        if (failureSamples.size() < 50) {
            failureSamples.add(what);
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
    }

    /** A 1×1 PNG standing in for a signature. */
    private static final String SIGNATURE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
