package kr.tupyo.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.tupyo.TupyoApplication;
import kr.tupyo.registry.RrnGenerator;
import kr.tupyo.registry.Sex;
import kr.tupyo.registry.internal.DivisionImport;
import kr.tupyo.registry.internal.ExtractImport;
import kr.tupyo.registry.internal.ImportReport;
import kr.tupyo.registry.internal.ImportRunner;
import kr.tupyo.registry.internal.UploadedFile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates a resident-register extract of N rows (default 5,000,000) with distinct valid numbers
 * over the kr-2022 읍면동, starts the service on a fresh embedded PostgreSQL, and times the import
 * (digest pass, validation, encryption, COPY, duplicate check, set-based store, commit). Not a test:
 * see docs/benchmarks.md for the command.
 */
public final class ExtractImportBenchmark {

    private ExtractImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        Path divisions = Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022/divisions.csv").normalize();
        Path dir = Files.createTempDirectory("tupyo-bench-");
        Path extract = dir.resolve("extract.csv");
        List<String> emds = Files.readAllLines(divisions).stream().skip(1).map(l -> l.split(",")[4]).toList();

        long t0 = System.nanoTime();
        generate(extract, rows, emds);
        System.out.printf("generated %,d rows (%,d bytes) in %.1f s%n", rows, Files.size(extract), seconds(t0));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TupyoApplication.class)
                .properties(Map.of("tupyo.data-dir", dir.resolve("data").toString(), "server.port", "0",
                        "logging.level.root", "WARN", "logging.level.kr.tupyo", "INFO"))
                .run()) {
            ImportRunner runner = context.getBean(ImportRunner.class);
            runner.run(context.getBean(DivisionImport.class), file(divisions), null, LocalDate.of(2022, 1, 3), "bench");
            long t1 = System.nanoTime();
            ImportReport report = runner.run(context.getBean(ExtractImport.class), file(extract), null,
                    LocalDate.of(2022, 3, 1), "bench");
            double took = seconds(t1);
            System.out.printf("imported %,d rows (%,d stored, %d warnings) in %.1f s = %,.0f rows/s%n",
                    report.rowsProcessed(), report.rowsStored(), report.warningCount(), took, report.rowsStored() / took);
        } finally {
            Files.deleteIfExists(extract);
        }
    }

    private static void generate(Path file, int rows, List<String> emds) throws IOException {
        LocalDate first = LocalDate.of(1930, 1, 1);
        int days = 27_000; // born 1930–2003
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("rrn,name,birth_date,sex,nationality,emd_code,address,registered_since,residence_type,"
                    + "permanent_residence_since\n");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = first.plusDays(i % days);
                Sex sex = (i / days) % 2 == 0 ? Sex.M : Sex.F;
                String rrn = RrnGenerator.digits(birth, sex, false, i / days / 2);
                String b = birth.toString();
                out.write(rrn.substring(0, 6) + "-" + rrn.substring(6) + ",주민" + i + "," + b + "," + sex + ",KR,"
                        + emds.get(i % emds.size()) + ",가상로 " + i + "번길," + b + ",DOMESTIC,\n");
            }
        }
    }

    private static UploadedFile file(Path path) {
        return UploadedFile.of(path);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
