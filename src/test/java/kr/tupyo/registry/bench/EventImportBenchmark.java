package kr.tupyo.registry.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import kr.tupyo.TupyoApplication;
import kr.tupyo.registry.internal.DivisionImport;
import kr.tupyo.registry.internal.EventImport;
import kr.tupyo.registry.internal.ExtractImport;
import kr.tupyo.registry.internal.ImportJobs;
import kr.tupyo.registry.internal.ImportRejectedException;
import kr.tupyo.registry.internal.ImportReport;
import kr.tupyo.registry.internal.ImportRunner;
import kr.tupyo.registry.internal.TabularImport;
import kr.tupyo.registry.internal.UploadedFile;
import kr.tupyo.synthetic.GeneratorOptions;
import kr.tupyo.synthetic.RegisterGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the import of change events against a synthetic register of N residents (default 1,000,000)
 * calibrated to kr-2022 (the same files as RollBenchmark: seed 20220601, extract 2022-04-01, events to
 * 2022-05-31): generates the register, starts the service on a fresh embedded PostgreSQL, imports the
 * divisions and the extract (untimed), then times the events import from the digest pass to the commit,
 * and prints a digest of the register it left. The personal-data key is fixed, so two runs (say, before
 * and after a change of the applier) must print the same digests. Not a test: see docs/benchmarks.md.
 */
public final class EventImportBenchmark {

    private static final LocalDate EXTRACT_DATE = LocalDate.of(2022, 4, 1);

    private EventImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022").normalize();
        Path dir = Files.createTempDirectory("tupyo-event-bench-");
        long t0 = System.nanoTime();
        var summary = new RegisterGenerator(new GeneratorOptions(size, 20220601, EXTRACT_DATE, LocalDate.of(2022, 5, 31),
                dir, shared)).write();
        System.out.printf("generated %s in %.1f s%n", summary, seconds(t0));
        System.out.printf("fixed %,d extract rows and %,d events to the registry's rules%n",
                fix("fixExtract", dir.resolve("extract.csv"), EXTRACT_DATE), fix("fixEvents", dir.resolve("events.csv")));
        // A fixed key: the keyed hashes (lookups, event digests) are then the same in every run, so the
        // register digests printed at the end can be compared between runs of different code.
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/personal-data.key"), HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("EventImportBenchmark".getBytes(StandardCharsets.UTF_8))));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TupyoApplication.class)
                .run("--tupyo.data-dir=" + dir.resolve("data"), "--server.port=0", "--logging.level.root=WARN",
                        "--logging.level.kr.tupyo=INFO")) {
            ImportRunner runner = context.getBean(ImportRunner.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            imported(runner, context.getBean(DivisionImport.class), shared.resolve("divisions.csv"), LocalDate.of(2022, 1, 3), null);
            imported(runner, context.getBean(ExtractImport.class), dir.resolve("extract.csv"), EXTRACT_DATE, null);

            UUID id = UUID.randomUUID();
            long lines = Files.lines(dir.resolve("events.csv")).count() - 1;
            Path events = dir.resolve("events.csv");
            long t1 = System.nanoTime();
            AtomicLong readAt = new AtomicLong();
            List<String> percents = new CopyOnWriteArrayList<>();
            ImportJobs jobs = context.getBean(ImportJobs.class);
            Thread watcher = Thread.ofPlatform().daemon().start(() -> watch(jdbc, jobs, id, lines, t1, readAt, percents));
            ImportReport report = imported(runner, context.getBean(EventImport.class), events, LocalDate.of(2022, 6, 1), id);
            double took = seconds(t1);
            watcher.interrupt();
            watcher.join();
            double read = readAt.get() == 0 ? Double.NaN : (readAt.get() - t1) / 1e9;
            System.out.printf("events: %,d rows, %,d applied, %,d warnings, %,d errors in %.1f s = %,.0f events/s "
                            + "(file read and staged after ≈ %.1f s, applied in ≈ %.1f s)%n",
                    report.rowsProcessed(), report.rowsStored(), report.warningCount(), report.errorCount(), took,
                    report.rowsProcessed() / took, read, took - read);
            System.out.println("progress bar while running: " + String.join(", ", percents));
            digests(jdbc);
        } finally {
            deleteTree(dir); // about 1.3 GB at 1 M residents (files and database), on a /tmp other benchmarks need
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Notes when the import has read every row (its progress reaches the file's lines): the rest of
     * its time is the events being applied. Samples the progress bar's percent as the upload page
     * would see it, every half second.
     */
    private static void watch(JdbcClient jdbc, ImportJobs jobs, UUID id, long lines, long since, AtomicLong readAt,
                              List<String> percents) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Long processed = jdbc.sql("SELECT rows_processed FROM registry_imports WHERE id = ?").param(id)
                        .query(Long.class).optional().orElse(0L);
                if (processed >= lines && readAt.get() == 0) {
                    readAt.set(System.nanoTime());
                }
                jobs.find(id).ifPresent(r -> percents.add(String.format("%.1f s %d %%", seconds(since), r.percent())));
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Order-independent digests of what the imports stored, without surrogate ids, ciphertexts (random
     * nonces) and import ids (random): equal digests mean the same register.
     */
    private static void digests(JdbcClient jdbc) {
        String[][] parts = {
                {"residents", "SELECT concat_ws('|', encode(rrn_lookup, 'hex'), rrn_masked, birth_date, sex, deceased_on, "
                        + "(SELECT kind FROM registry_imports i WHERE i.id = first_import)) FROM residents"},
                {"facts", "SELECT concat_ws('|', encode(r.rrn_lookup, 'hex'), f.valid_from, coalesce(f.valid_to::text, '-'), "
                        + "f.name, f.nationality, f.emd_code, f.address, f.registered_since, f.residence_type, "
                        + "coalesce(f.permanent_residence_since::text, '-'), coalesce(f.source_event, '-'), "
                        + "(SELECT kind FROM registry_imports i WHERE i.id = f.source_import)) "
                        + "FROM resident_facts f JOIN residents r ON r.id = f.resident_id"},
                {"events", "SELECT concat_ws('|', e.event_id, encode(r.rrn_lookup, 'hex'), e.type, e.effective_date, "
                        + "encode(e.row_digest, 'hex')) FROM resident_events e JOIN residents r ON r.id = e.resident_id"},
                // Ids of the people the events brought in: in the order the events registered them.
                {"new-resident ids", "SELECT concat_ws('|', r.id - (SELECT max(x.id) FROM residents x JOIN registry_imports i "
                        + "ON i.id = x.first_import AND i.kind = 'EXTRACT'), encode(r.rrn_lookup, 'hex')) FROM residents r "
                        + "JOIN registry_imports i ON i.id = r.first_import AND i.kind = 'EVENTS'"}};
        for (String[] part : parts) {
            var row = jdbc.sql("SELECT count(*), coalesce(sum(('x' || left(md5(t), 15))::bit(60)::bigint), 0) FROM ("
                    + part[1] + ") rows(t)").query((rs, n) -> rs.getLong(1) + " rows, digest " + rs.getBigDecimal(2)).single();
            System.out.printf("register %s: %s%n", part[0], row);
        }
    }

    /**
     * The roll benchmark's fixes of the generator's files. GeneratedFiles is package-private in another
     * module's benchmarks; it is called as it is rather than copied or changed from here.
     */
    private static long fix(String method, Object... args) throws Exception {
        Class<?> files = Class.forName("kr.tupyo.roll.bench.GeneratedFiles");
        Method fix = args.length == 2 ? files.getDeclaredMethod(method, Path.class, LocalDate.class)
                : files.getDeclaredMethod(method, Path.class);
        fix.setAccessible(true);
        return (long) fix.invoke(null, args);
    }

    private static ImportReport imported(ImportRunner runner, TabularImport kind, Path file, LocalDate date, UUID id) {
        long t = System.nanoTime();
        ImportReport report;
        try {
            report = runner.run(kind, UploadedFile.of(file), id, date, "bench");
        } catch (ImportRejectedException e) {
            report = e.report();
            System.out.println("  REJECTED " + file.getFileName() + ": first errors "
                    + report.errors().subList(0, Math.min(5, report.errors().size())));
        }
        System.out.printf("import %s: %s, %,d rows stored, %d errors, %d warnings, in %.1f s%n", file.getFileName(),
                report.accepted() ? "accepted" : "REJECTED", report.rowsStored(), report.errorCount(),
                report.warningCount(), seconds(t));
        return report;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
