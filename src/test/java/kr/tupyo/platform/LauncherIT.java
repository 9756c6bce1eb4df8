package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./tupyo} launcher: usage, exit codes, finding a JDK 21 or newer even when JAVA_HOME and
 * PATH name an older one, and saying what is missing. Where the launcher would hand over to Maven,
 * a stand-in {@code mvn} on PATH reports the JDK it was given instead of building.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("tupyo").toAbsolutePath();
    private static final Path JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static Path tools;

    record Run(int exitCode, String stdout, String stderr) {
    }

    @BeforeAll
    static void standInMaven() throws IOException {
        assertThat(LAUNCHER).as("./tupyo in the project root").isExecutable();
        tools = Files.createTempDirectory("tupyo-launcher-");
        Path mvn = tools.resolve("fake-mvn/mvn");
        Files.createDirectories(mvn.getParent());
        Files.writeString(mvn, """
                #!/bin/sh
                echo "JAVA_HOME=$JAVA_HOME"
                echo "PATH_JAVA=$(command -v java)"
                echo "ARGS=$*"
                """);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A PATH with only what the launcher's shell code needs: no mvn, no npm, no java.
        Path bare = Files.createDirectories(tools.resolve("bare"));
        for (String tool : List.of("sh", "dirname", "readlink", "awk", "cat", "find", "head")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bare.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
    }

    @AfterAll
    static void cleanUp() {
        TupyoProcess.deleteRecursively(tools);
    }

    static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(LAUNCHER.getParent().toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TUPYO_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(tools, "out", ".txt");
        Path err = Files.createTempFile(tools, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./tupyo " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static int javaMajor(Path javaHome) throws Exception {
        Process version = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-version")
                .redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run help = run(Map.of(), "help");
        assertThat(help.exitCode()).as(help.stderr()).isZero();
        assertThat(help.stdout()).contains("Usage: ./tupyo COMMAND", "start", "test", "audit verify");

        Run none = run(Map.of());
        assertThat(none.exitCode()).isZero();
        assertThat(none.stdout()).contains("Usage: ./tupyo COMMAND");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Run nonsense = run(Map.of(), "nonsense");
        assertThat(nonsense.exitCode()).isEqualTo(2);
        assertThat(nonsense.stderr()).contains("Usage: ./tupyo COMMAND");
        assertThat(nonsense.stdout()).isEmpty();
    }

    @Test
    void findsAJdk21OrNewerWhenJavaHomeAndPathNameAnOlderOne() throws Exception {
        assertThat(JDK_17.resolve("bin/java")).as("Debian's JDK 17 on this machine").isExecutable();
        assertThat(javaMajor(JDK_17)).isEqualTo(17);
        Run build = run(Map.of(
                "JAVA_HOME", JDK_17.toString(),
                "PATH", tools.resolve("fake-mvn") + ":" + JDK_17.resolve("bin") + ":/usr/bin:/bin"), "build");
        assertThat(build.exitCode()).as(build.stderr()).isZero();
        Matcher chosen = Pattern.compile("JAVA_HOME=(\\S+)").matcher(build.stdout());
        assertThat(chosen.find()).as(build.stdout()).isTrue();
        Path javaHome = Path.of(chosen.group(1));
        assertThat(javaMajor(javaHome)).as("the JDK handed to Maven: %s", javaHome).isGreaterThanOrEqualTo(21);
        assertThat(javaHome.resolve("bin/javac")).as("a JDK, not a JRE").isExecutable();
        assertThat(build.stdout()).contains("PATH_JAVA=" + javaHome.resolve("bin/java"));
        assertThat(build.stdout()).contains("ARGS=-B -DskipTests package");
    }

    @Test
    void keepsAGoodJavaHome() throws Exception {
        Path ownJdk = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
        Run build = run(Map.of("JAVA_HOME", ownJdk.toString(),
                "PATH", tools.resolve("fake-mvn") + ":/usr/bin:/bin"), "build");
        assertThat(build.exitCode()).as(build.stderr()).isZero();
        assertThat(build.stdout()).contains("JAVA_HOME=" + ownJdk + "\n");
    }

    @Test
    void saysWhatIsMissingToBuild() throws Exception {
        Run noMaven = run(Map.of("PATH", tools.resolve("bare").toString()), "build");
        assertThat(noMaven.exitCode()).isEqualTo(1);
        assertThat(noMaven.stderr()).contains("Maven (mvn) is needed");

        Run noNode = run(Map.of("PATH", tools.resolve("fake-mvn") + ":" + tools.resolve("bare")), "build");
        assertThat(noNode.exitCode()).isEqualTo(1);
        assertThat(noNode.stderr()).contains("Node.js with npm is needed");
    }
}
