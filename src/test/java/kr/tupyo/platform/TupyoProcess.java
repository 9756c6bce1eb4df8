package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar ({@code tupyo.jar}, set by failsafe) run as a child process with the JDK that runs
 * the tests, as an operator would run it. Its console goes to {@code target/process-logs/}.
 * Every process and every embedded postgres it leaves is tracked so that {@link #killLeftovers()}
 * (call it from {@code @AfterAll}) never leaves anything running on the machine.
 */
final class TupyoProcess implements AutoCloseable {

    private static final List<TupyoProcess> STARTED = new CopyOnWriteArrayList<>();
    private static final List<Path> DATA_DIRS = new CopyOnWriteArrayList<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedAt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TupyoProcess(Process process, Path log, int port, long startedAt) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedAt = startedAt;
    }

    /**
     * Starts {@code java -jar tupyo.jar} with only the given tupyo settings: every {@code TUPYO_*} and
     * {@code SERVER_*} variable of the test's own environment is removed first.
     */
    static TupyoProcess start(String name, Path dataDir, Map<String, String> settings) throws IOException {
        String jar = System.getProperty("tupyo.jar");
        assertThat(jar).as("system property tupyo.jar (set by failsafe)").isNotBlank();
        assertThat(Path.of(jar)).as("the packaged jar").isRegularFile();
        String java = ProcessHandle.current().info().command().orElseThrow();
        int port = freePort();
        Path logs = Path.of("target", "process-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");

        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TUPYO_") || k.startsWith("SERVER_") || k.startsWith("SPRING_"));
        env.put("TUPYO_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("SERVER_PORT", Integer.toString(port));
        env.putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        DATA_DIRS.add(dataDir.toAbsolutePath());
        long startedAt = System.nanoTime();
        TupyoProcess started = new TupyoProcess(builder.start(), log, port, startedAt);
        STARTED.add(started);
        return started;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /** Waits until readiness reports UP; fails at once with the console when the process dies. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("tupyo exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // connection reset while starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("tupyo was not ready within " + timeout + ":\n" + output());
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. Returns the exit status (137 = 128 + SIGKILL). */
    int kill9() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("killed JVM exits").isTrue();
        return process.exitValue();
    }

    /** SIGTERM, as a service manager stops it: graceful shutdown. Returns the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(45, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("tupyo did not stop within 45 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // --- HTTP ---------------------------------------------------------------------------------------

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer send(String method, String path, String authorization, Object jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** {@code POST /api/v1/tokens} with the admin's password; returns the token's secret. */
    String adminToken(String adminPassword, String name) {
        Answer created = send("POST", "/api/v1/tokens", basic("admin", adminPassword),
                Map.of("name", name, "role", "ADMIN"));
        assertThat(created.status()).as("token creation: %s", created).isEqualTo(201);
        return created.json().path("token").asString();
    }

    // --- embedded postgres ----------------------------------------------------------------------------

    /** The postmaster's process as named by {@code <data dir>/postgres/postmaster.pid}, when it runs. */
    static Optional<ProcessHandle> embeddedPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.getFirst().isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(false);
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // still alive
        }
        return !process.isAlive();
    }

    /**
     * The safety net: stops every JVM started here and every postgres still running on a data
     * directory used here (SIGTERM, then SIGKILL with its children), then removes the directories.
     */
    static void killLeftovers() {
        for (TupyoProcess started : STARTED) {
            if (started.process.isAlive()) {
                started.process.descendants().forEach(ProcessHandle::destroyForcibly);
                started.process.destroyForcibly();
            }
        }
        for (Path dataDir : DATA_DIRS) {
            embeddedPostmaster(dataDir).filter(TupyoProcess::isPostgres).ifPresent(postmaster -> {
                List<ProcessHandle> children = new ArrayList<>(postmaster.descendants().toList());
                postmaster.destroy();
                if (!waitForExit(postmaster, Duration.ofSeconds(10))) {
                    postmaster.destroyForcibly();
                    children.forEach(ProcessHandle::destroyForcibly);
                    waitForExit(postmaster, Duration.ofSeconds(5));
                }
            });
        }
        STARTED.clear();
        for (Path dataDir : DATA_DIRS) {
            deleteRecursively(dataDir);
        }
        DATA_DIRS.clear();
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a temporary folder
        }
    }

    static Map<String, String> settings(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
