package kr.tupyo.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default database: PostgreSQL 17 run by zonky from the jar, its data kept under the data
 * directory so that it survives restarts.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    /** The postmaster, to stop it even when pg_ctl cannot (e.g. its files are already gone). */
    private final ProcessHandle postmaster;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, ProcessHandle postmaster) {
        this.postgres = postgres;
        this.postmaster = postmaster;
    }

    static EmbeddedPostgresServer start(Path dataDir, String sharedBuffers) throws IOException {
        if (!sharedBuffers.matches("[0-9]+(kB|MB|GB)")) {
            throw new IllegalArgumentException("shared_buffers must be a size like 1GB, not " + sharedBuffers);
        }
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Path work = dataDir.resolve("postgres-runtime").toAbsolutePath();
        Files.createDirectories(work);
        stopOrphanedServer(pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                // zonky turns synchronous_commit off for speed in tests; an acknowledged vote must not be lost.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("wal_buffers", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky's own JVM shutdown hook would stop postgres while Spring's hook still closes the
                // context (graceful shutdown, event publications, sessions): the application stops it
                // instead, after the connection pool (DatabaseConfiguration.EmbeddedHikariDataSource).
                .setRegisterShutdownHook(false)
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
        return new EmbeddedPostgresServer(postgres, runningPostmaster(pgData).orElse(null));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /**
     * A JVM killed with SIGKILL leaves its postgres running, holding postmaster.pid; the next start
     * would wait for it and fail. Stop such a server first (it still has every committed write).
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Optional<ProcessHandle> orphan = runningPostmaster(pgData);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.pid());
        stop(process);
    }

    /** The postgres named by postmaster.pid, when it runs. */
    private static Optional<ProcessHandle> runningPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle process) {
        process.destroy(); // SIGTERM: a "smart" shutdown that keeps the data consistent
        waitForExit(process, Duration.ofSeconds(30));
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // still alive: the caller escalates
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close(); // pg_ctl stop; zonky logs rather than throws when that fails
        } finally {
            if (postmaster != null) {
                waitForExit(postmaster, Duration.ofSeconds(5)); // pg_ctl returns as the pid file goes
            }
            if (postmaster != null && postmaster.isAlive()) {
                log.warn("pg_ctl did not stop the embedded PostgreSQL (pid {}); stopping it directly", postmaster.pid());
                stop(postmaster);
            }
        }
    }
}
