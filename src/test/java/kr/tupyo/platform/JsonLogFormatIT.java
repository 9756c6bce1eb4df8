package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code TUPYO_LOG_FORMAT=json}: the packaged jar's console is JSON lines, for log shippers. */
class JsonLogFormatIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterAll
    static void noProcessLeftBehind() {
        TupyoProcess.killLeftovers();
    }

    @Test
    void consoleIsJsonLines() throws Exception {
        Path dataDir = Files.createTempDirectory("tupyo-json-log-");
        TupyoProcess tupyo = TupyoProcess.start("json-log", dataDir, TupyoProcess.settings(
                "TUPYO_LOG_FORMAT", "json", "TUPYO_ADMIN_PASSWORD", "json-log-admin-password"));
        tupyo.awaitReady(Duration.ofSeconds(120));
        assertThat(tupyo.stop()).isIn(0, 143);
        tupyo.assertCleanShutdown();

        List<String> lines = tupyo.output().lines().filter(l -> !l.isBlank())
                // The JVM's own warnings (not tupyo's logging) may precede logging.
                .filter(l -> !l.startsWith("OpenJDK 64-Bit Server VM warning") && !l.startsWith("WARNING: "))
                .toList();
        assertThat(lines).hasSizeGreaterThan(3);
        for (String line : lines) {
            JsonNode entry;
            try {
                entry = JSON.readTree(line);
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp")).as("ECS @timestamp in %s", line).isTrue();
            assertThat(entry.path("message").isString()).as("message in %s", line).isTrue();
        }
        assertThat(lines).anySatisfy(l -> assertThat(JSON.readTree(l).path("message").asString())
                .startsWith("Started TupyoApplication"));
    }
}
