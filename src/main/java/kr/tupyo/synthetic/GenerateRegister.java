package kr.tupyo.synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./tupyo generate register --size N --seed S [--out DIR] [--calibration ../shared/data/kr-2022]
 * [--extract-date 2026-04-01] [--events-until 2026-05-31]}: runs without the server.
 */
public final class GenerateRegister {

    private GenerateRegister() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("size")) {
            usage("--size is required");
        }
        LocalDate extractDate = LocalDate.parse(options.getOrDefault("extract-date", "2026-04-01"));
        GeneratorOptions generator = new GeneratorOptions(Long.parseLong(options.get("size").replace("_", "")),
                Long.parseLong(options.getOrDefault("seed", "1")), extractDate,
                LocalDate.parse(options.getOrDefault("events-until", extractDate.plusDays(60).toString())),
                Path.of(options.getOrDefault("out", "data/synthetic-register")),
                options.containsKey("calibration") ? Path.of(options.get("calibration")) : null);
        if (generator.calibration() != null && !Files.isDirectory(generator.calibration())) {
            usage("no calibration folder " + generator.calibration());
        }
        long started = System.nanoTime();
        RegisterGenerator.Summary summary = new RegisterGenerator(generator).write();
        System.out.printf("Wrote %s%n  into %s in %.1f s%n", summary, generator.out().toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
    }

    private static void usage(String problem) {
        System.err.println("tupyo generate register: " + problem);
        System.err.println("usage: ./tupyo generate register --size N [--seed S] [--out DIR] [--calibration DIR]"
                + " [--extract-date YYYY-MM-DD] [--events-until YYYY-MM-DD]");
        System.exit(2);
    }
}
