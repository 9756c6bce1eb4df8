package kr.tupyo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a fresh data directory (embedded PostgreSQL + key file),
 * removed when the test JVM exits, once every context is closed. Registered in src/test/resources/META-INF/spring.factories.
 */
public class TestDataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("tupyo.test.data-dir")) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("tupyo-test-");
            // After the contexts have closed (and their embedded PostgreSQL stopped), not beside them: a JVM
            // hook of its own ran at the same time as Spring's, deleted a running server's files, and left a
            // closing context waiting 30 s for a connection (the test JVM was then killed).
            SpringApplication.getShutdownHandlers().add(() -> delete(dir));
            environment.getPropertySources().addFirst(new MapPropertySource("tupyoTestDataDir",
                    Map.of("tupyo.test.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temporary folder
        }
    }
}
