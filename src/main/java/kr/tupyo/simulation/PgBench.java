package kr.tupyo.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pgbench -N} (simple update) on the same PostgreSQL, in a database of its own: the hardware's
 * limit for small write transactions with synchronous commit, printed beside the simulation's figures.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private PgBench() {
    }

    /** Transactions per second, or -1 when pgbench is not installed. */
    static double simpleUpdateTps(int port, int seconds, int clients) throws IOException, InterruptedException {
        if (seconds == 0) {
            return -1;
        }
        String p = Integer.toString(port);
        run(List.of("psql", "-h", "localhost", "-p", p, "-U", "postgres", "-d", "postgres", "-q", "-c",
                "DROP DATABASE IF EXISTS tupyo_pgbench"), 60);
        run(List.of("psql", "-h", "localhost", "-p", p, "-U", "postgres", "-d", "postgres", "-q", "-c",
                "CREATE DATABASE tupyo_pgbench"), 60);
        run(List.of("pgbench", "-h", "localhost", "-p", p, "-U", "postgres", "-i", "-q", "-s", "10", "tupyo_pgbench"), 300);
        String out = run(List.of("pgbench", "-h", "localhost", "-p", p, "-U", "postgres", "-N", "-c", Integer.toString(clients),
                "-j", "2", "-T", Integer.toString(seconds), "tupyo_pgbench"), seconds + 120L);
        run(List.of("psql", "-h", "localhost", "-p", p, "-U", "postgres", "-d", "postgres", "-q", "-c",
                "DROP DATABASE IF EXISTS tupyo_pgbench"), 60);
        Matcher m = TPS.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
