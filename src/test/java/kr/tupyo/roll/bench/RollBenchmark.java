package kr.tupyo.roll.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.tupyo.TupyoApplication;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionType;
import kr.tupyo.election.internal.ElectionAdministration;
import kr.tupyo.election.internal.PrecinctImporter;
import kr.tupyo.election.internal.StationAdministration;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.registry.internal.DisqualificationImport;
import kr.tupyo.registry.internal.DivisionImport;
import kr.tupyo.registry.internal.EventImport;
import kr.tupyo.registry.internal.ExtractImport;
import kr.tupyo.registry.internal.ImportReport;
import kr.tupyo.registry.internal.ImportRunner;
import kr.tupyo.registry.internal.TabularImport;
import kr.tupyo.registry.internal.UploadedFile;
import kr.tupyo.roll.IntegratedVotersList;
import kr.tupyo.roll.internal.Compilations;
import kr.tupyo.roll.internal.RollJob;
import kr.tupyo.roll.internal.RollJobs;
import kr.tupyo.roll.internal.VotersLists;
import kr.tupyo.synthetic.GeneratorOptions;
import kr.tupyo.synthetic.RegisterGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the compilation of a voters list from a synthetic register of N residents (default 1,000,000)
 * calibrated to kr-2022: generates the register, starts the service on a fresh embedded PostgreSQL,
 * imports divisions, extract, change events and disqualifications, creates a LOCAL election with the
 * kr-2022 precincts, compiles (the background job, timed from request to published list), compiles
 * again (determinism), and times 1,000 integrated-list look-ups by number. Not a test: see
 * docs/benchmarks.md for the command and figures.
 */
public final class RollBenchmark {

    private RollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int compileRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2; // 1 at national size: a second run only checks determinism
        // "lists": then turnout's national job of election-day lists; "marked-lists": the job once as it is,
        // then again after an issuance for every third voter (early voters marked 사전투표).
        boolean electionDayLists = args.length > 2 && args[2].endsWith("lists");
        boolean markEarlyVoters = args.length > 2 && "marked-lists".equals(args[2]);
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022").normalize();
        // -Dbench.dir=DIR keeps the register between runs: the first run generates and imports into DIR, later
        // runs with the same DIR skip straight to compiling the same (still draft) election again, and nothing
        // is finalised, so that the compilation can be timed many times without a 20-minute import each time.
        // With -Dbench.finalise=true a kept run goes on (finalise, look-ups, lists); the next kept run then
        // compiles a new draft election on the same register (drop the finalised list's partition for its disk).
        String kept = System.getProperty("bench.dir");
        Path dir = kept == null ? Files.createTempDirectory("tupyo-roll-bench-") : Files.createDirectories(Path.of(kept));
        boolean reuse = kept != null && Files.exists(dir.resolve("imported"));
        LocalDate extractDate = LocalDate.of(2022, 4, 1);
        if (!reuse) {
            long t0 = System.nanoTime();
            var summary = new RegisterGenerator(new GeneratorOptions(size, 20220601, extractDate, LocalDate.of(2022, 5, 31),
                    dir, shared)).write();
            System.out.printf("generated %s in %.1f s%n", summary, seconds(t0));
            System.out.printf("fixed %,d extract rows and %,d events to the registry's rules%n",
                    GeneratedFiles.fixExtract(dir.resolve("extract.csv"), extractDate),
                    GeneratedFiles.fixEvents(dir.resolve("events.csv")));
        }

        // Command-line arguments: they outrank application.yml (default properties would not).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TupyoApplication.class)
                .run("--tupyo.data-dir=" + dir.resolve("data"), "--server.port=0", "--logging.level.root=WARN",
                        "--logging.level.kr.tupyo=INFO")) {
            Election election;
            VotersLists lists = context.getBean(VotersLists.class);
            if (reuse) {
                // The kept register's draft election; once one has been finalised (bench.finalise), a new one.
                election = context.getBean(kr.tupyo.election.Elections.class).all().stream()
                        .filter(e -> e.name().endsWith("(benchmark)"))
                        .filter(e -> lists.find(e.id()).map(l -> l.finalisedAt() == null).orElse(true))
                        .findFirst().orElse(null);
                if (election == null) {
                    election = benchmarkElection(context, shared);
                }
            } else {
                ImportRunner runner = context.getBean(ImportRunner.class);
                imported(runner, context.getBean(DivisionImport.class), shared.resolve("divisions.csv"), LocalDate.of(2022, 1, 3));
                imported(runner, context.getBean(ExtractImport.class), dir.resolve("extract.csv"), extractDate);
                imported(runner, context.getBean(EventImport.class), dir.resolve("events.csv"), null);
                imported(runner, context.getBean(DisqualificationImport.class), dir.resolve("disqualifications.csv"), null);
                election = benchmarkElection(context, shared);
                if (kept != null) {
                    Files.writeString(dir.resolve("imported"), election.id().value().toString());
                }
            }

            Compilations compilations = context.getBean(Compilations.class);
            RollJobs jobs = context.getBean(RollJobs.class);
            for (int run = 1; run <= compileRuns; run++) {
                long t1 = System.nanoTime();
                RollJob job = ((Compilations.Request.Accepted) compilations.request(election, "bench")).job();
                RollJob done = waitFor(jobs, job);
                var list = lists.find(election.id()).orElseThrow();
                System.out.printf("compile %d: %s in %.1f s — %,d residents, %,d voters, digest %s%n", run,
                        done.status(), seconds(t1), list.residents(), list.voters(), list.digest());
            }
            if (kept != null && !Boolean.getBoolean("bench.finalise")) {
                return; // a kept register's election stays draft, to be compiled again
            }
            long t3 = System.nanoTime();
            var finalising = context.getBean(kr.tupyo.roll.internal.Finalisation.class).request(election, "bench");
            if (finalising instanceof kr.tupyo.roll.internal.Finalisation.Result.Accepted accepted) {
                RollJob done = waitFor(jobs, accepted.job());
                System.out.printf("finalise: %s in %.1f s, digest %s (recomputed from the stored list)%n", done.status(),
                        seconds(t3), lists.find(election.id()).orElseThrow().digest());
            } else {
                System.out.println("finalise: " + finalising.getClass().getSimpleName());
            }

            // Random numbers from the whole extract, each looked up once (cold pages included), with percentiles:
            // the part of a station's identification that grows with the list.
            IntegratedVotersList integrated = context.getBean(IntegratedVotersList.class);
            List<ResidentRegistrationNumber> numbers = Files.exists(dir.resolve("extract.csv"))
                    ? sample(dir.resolve("extract.csv"), 10_000, Math.max(1, size / 10_000))
                    : List.of(); // a kept register whose generated files were deleted
            if (!numbers.isEmpty()) {
                integrated.findByRrn(election.id(), numbers.getFirst());
            }
            long t2 = System.nanoTime();
            int found = 0;
            long[] micros = new long[numbers.size()];
            for (int i = 0; i < numbers.size(); i++) {
                long t = System.nanoTime();
                found += integrated.findByRrn(election.id(), numbers.get(i)).isPresent() ? 1 : 0;
                micros[i] = (System.nanoTime() - t) / 1_000;
            }
            if (!numbers.isEmpty()) {
                java.util.Arrays.sort(micros);
                System.out.printf("integrated list: %d look-ups by number (%d on the list) in %.3f s = %.2f ms each;"
                                + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", numbers.size(), found, seconds(t2),
                        seconds(t2) * 1000 / numbers.size(), micros[micros.length / 2] / 1000.0,
                        micros[(int) (micros.length * 0.99)] / 1000.0, micros[micros.length - 1] / 1000.0);
            }

            if (electionDayLists) { // turnout's national job: every precinct's election-day list, CSV and PDF
                var marked = context.getBean(kr.tupyo.turnout.internal.MarkedLists.class);
                electionDayLists(marked, election, "no early voters");
                if (markEarlyVoters) {
                    long t5 = System.nanoTime();
                    int issued = earlyVoters(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class), election);
                    System.out.printf("early voting: %,d issuances (every third voter) written in %.1f s%n", issued, seconds(t5));
                    electionDayLists(marked, election, "a third marked 사전투표");
                }
            }
        }
    }

    /**
     * A LOCAL election on 2022-06-01 with the kr-2022 precincts and one station per 읍면동; on a kept register
     * where earlier ones were finalised, numbered after them (a name and day are unique).
     */
    private static Election benchmarkElection(ConfigurableApplicationContext context, Path shared) throws IOException {
        long earlier = context.getBean(kr.tupyo.election.Elections.class).all().stream()
                .filter(e -> e.name().endsWith("(benchmark)")).count();
        Election election = context.getBean(ElectionAdministration.class)
                .create(ElectionType.LOCAL, "제8회 전국동시지방선거 " + (earlier == 0 ? "" : "#" + (earlier + 1) + " ") + "(benchmark)",
                        LocalDate.of(2022, 6, 1));
        try (InputStream in = Files.newInputStream(shared.resolve("precincts.csv"))) {
            context.getBean(PrecinctImporter.class).importFile(election.id(), "precincts.csv", in);
        }
        context.getBean(StationAdministration.class).generateDefaults(election.id());
        return election;
    }

    private static void electionDayLists(kr.tupyo.turnout.internal.MarkedLists marked, Election election, String label)
            throws InterruptedException {
        long t = System.nanoTime();
        var job = marked.requestAll(election, "CSV_PDF", "bench");
        while (true) {
            var now = marked.job(job.id()).orElseThrow();
            if (!List.of("QUEUED", "RUNNING").contains(now.status())) {
                System.out.printf("election-day lists (%s): %s, %,d precincts, %,d lines in %.1f s (%s)%n", label,
                        now.status(), now.done(), now.lines(), seconds(t), now.message());
                return;
            }
            Thread.sleep(2_000);
        }
    }

    /**
     * What early voting would have left: an identification and an issuance for every third voter on the
     * finalised list (the voter key is the list's voter id), written in SQL for speed.
     */
    private static int earlyVoters(org.springframework.jdbc.core.simple.JdbcClient jdbc, Election election) {
        return jdbc.sql("""
                WITH identified AS (
                    INSERT INTO ev_identifications (id, election_id, station_code, day, voter_key, status, voter_emd_code,
                                                    in_district, contest_ids, identified_at)
                    SELECT gen_random_uuid(), election_id, 'BENCH', DATE '2022-05-27', id::text, 'ELIGIBLE', emd_code, true,
                           ARRAY[gen_random_uuid()], now()
                    FROM roll_voters WHERE election_id = :election AND exclusion IS NULL AND id % 3 = 0
                    RETURNING id, election_id, voter_key, voter_emd_code, contest_ids)
                INSERT INTO ev_issuances (id, election_id, voter_key, identification_id, station_code, day, issued_at,
                                          voter_emd_code, in_district, contest_ids, signed)
                SELECT gen_random_uuid(), election_id, voter_key, id, 'BENCH', DATE '2022-05-27', now(), voter_emd_code,
                       true, contest_ids, true
                FROM identified""").param("election", election.id().value()).update();
    }

    private static RollJob waitFor(RollJobs jobs, RollJob job) throws InterruptedException {
        while (true) {
            RollJob now = jobs.find(job.id()).orElseThrow();
            if (now.status().finished()) {
                if (now.message() != null) {
                    System.out.println("  job: " + now.message());
                }
                return now;
            }
            Thread.sleep(500);
        }
    }

    /** Every stride-th number of the extract, so that the sample spans the whole register. */
    private static List<ResidentRegistrationNumber> sample(Path extract, int count, long stride) throws IOException {
        List<ResidentRegistrationNumber> numbers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(extract)) {
            in.readLine();
            String line;
            long i = 0;
            while ((line = in.readLine()) != null && numbers.size() < count) {
                if (i++ % stride == 0) {
                    numbers.add(ResidentRegistrationNumber.parse(line.substring(0, line.indexOf(','))));
                }
            }
        }
        return numbers;
    }

    private static void imported(ImportRunner runner, TabularImport kind, Path file, LocalDate date) {
        long t = System.nanoTime();
        ImportReport report;
        try {
            report = runner.run(kind, UploadedFile.of(file), null, date, "bench");
        } catch (kr.tupyo.registry.internal.ImportRejectedException e) {
            report = e.report();
            var byCode = new java.util.TreeMap<String, Long>();
            report.errors().forEach(i -> byCode.merge(i.code() + " (" + i.column() + ")", 1L, Long::sum));
            System.out.println("  REJECTED " + file.getFileName() + ": " + byCode + "; first: "
                    + report.errors().subList(0, Math.min(5, report.errors().size())));
        }
        System.out.printf("import %s: %s, %,d rows stored, %d errors, in %.1f s%n", file.getFileName(),
                report.accepted() ? "accepted" : "REJECTED", report.rowsStored(), report.errorCount(), seconds(t));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
