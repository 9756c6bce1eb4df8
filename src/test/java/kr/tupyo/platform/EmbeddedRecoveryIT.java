package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with its embedded PostgreSQL, run as an operator runs it: a {@code kill -9} of the
 * JVM leaves postgres running; the next start must stop that orphan and come up at once with every
 * acknowledged write intact. Also the first start's one-time admin password.
 */
class EmbeddedRecoveryIT {

    private static final String ADMIN_PASSWORD = "recovery-admin-password-1";
    /** zonky waits this long for a postmaster.pid held by an orphan before it gives up. */
    private static final Duration ZONKY_STARTUP_WAIT = Duration.ofSeconds(60);

    @AfterAll
    static void noProcessLeftBehind() {
        TupyoProcess.killLeftovers();
    }

    @Test
    void survivesKill9OfTheJvmWithDataIntact() throws Exception {
        Path dataDir = Files.createTempDirectory("tupyo-recovery-");
        Map<String, String> settings = TupyoProcess.settings("TUPYO_ADMIN_PASSWORD", ADMIN_PASSWORD);

        TupyoProcess first = TupyoProcess.start("recovery-first", dataDir, settings);
        Duration firstStart = first.awaitReady(Duration.ofSeconds(120));
        String token = first.adminToken(ADMIN_PASSWORD, "recovery-token");
        var created = first.send("POST", "/api/v1/accounts", TupyoProcess.bearer(token), Map.of(
                "username", "survivor", "displayName", "Survivor", "role", "ROLL_OFFICER",
                "password", "survivor-password-1"));
        assertThat(created.status()).as("account creation: %s", created).isEqualTo(201);

        ProcessHandle postmaster = TupyoProcess.embeddedPostmaster(dataDir).orElseThrow(
                () -> new AssertionError("no running postmaster named in postgres/postmaster.pid"));
        assertThat(TupyoProcess.isPostgres(postmaster)).as("pid %s is a postgres", postmaster.pid()).isTrue();
        assertThat(postmaster.parent().map(ProcessHandle::pid)).as("postgres is not the JVM").isNotEqualTo(first.pid());

        // kill -9: Process.destroyForcibly() sends SIGKILL on Linux, so the exit status is 128 + 9.
        int status = first.kill9();
        assertThat(status).as("the JVM died of SIGKILL").isEqualTo(137);
        Thread.sleep(300);
        assertThat(postmaster.isAlive()).as("the orphaned postgres keeps running after kill -9").isTrue();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).exists();

        TupyoProcess second = TupyoProcess.start("recovery-second", dataDir, settings);
        // Without recovery zonky would wait 60 s for the orphan's postmaster.pid and then fail.
        Duration restart = second.awaitReady(ZONKY_STARTUP_WAIT.minusSeconds(15));
        assertThat(second.output()).contains("Stopping orphaned embedded PostgreSQL (pid " + postmaster.pid() + ")");
        assertThat(postmaster.isAlive()).as("the orphan was stopped").isFalse();
        ProcessHandle newPostmaster = TupyoProcess.embeddedPostmaster(dataDir).orElseThrow();
        assertThat(newPostmaster.pid()).isNotEqualTo(postmaster.pid());
        System.out.printf("first start %d ms, restart after kill -9 %d ms%n", firstStart.toMillis(), restart.toMillis());

        // Every acknowledged write is there: the token, the account, the audit chain.
        var accounts = second.send("GET", "/api/v1/accounts", TupyoProcess.bearer(token), null);
        assertThat(accounts.status()).as("the token made before the kill still works: %s", accounts).isEqualTo(200);
        assertThat(accounts.json().valueStream().map(a -> a.path("username").asString()))
                .contains("admin", "survivor");
        var verify = second.send("GET", "/api/v1/audit/verify", TupyoProcess.bearer(token), null);
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().path("intact").asBoolean()).as("audit chain: %s", verify).isTrue();
        assertThat(verify.json().path("entriesChecked").asLong()).isGreaterThanOrEqualTo(3);
        var login = second.send("POST", "/api/v1/tokens", TupyoProcess.basic("survivor", "survivor-password-1"),
                Map.of("name", "not-allowed", "role", "ADMIN"));
        assertThat(login.status()).as("the survivor's password still checks out (a 403, not a 401)").isEqualTo(403);

        // A clean stop (SIGTERM) takes its postgres with it.
        int stopped = second.stop();
        assertThat(stopped).as("graceful exit after SIGTERM").isIn(0, 143);
        assertThat(TupyoProcess.waitForExit(newPostmaster, Duration.ofSeconds(15)))
                .as("no postgres left behind by a clean stop").isTrue();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void firstStartWithoutAPasswordPrintsAOneTimePasswordAndKeepsItPrivate() throws Exception {
        Path dataDir = Files.createTempDirectory("tupyo-first-start-");
        TupyoProcess tupyo = TupyoProcess.start("first-start", dataDir, Map.of());
        tupyo.awaitReady(Duration.ofSeconds(120));

        Matcher printed = Pattern.compile("one-time password\\s+(\\S+)").matcher(tupyo.output());
        assertThat(printed.find()).as("the console shows the password:\n%s", tupyo.output()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        Path file = dataDir.resolve("initial-admin-password");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).isEqualTo(password);

        String token = tupyo.adminToken(password, "first-token");
        assertThat(token).isNotBlank();
        var wrong = tupyo.send("POST", "/api/v1/tokens", TupyoProcess.basic("admin", "not-" + password),
                Map.of("name", "nope", "role", "ADMIN"));
        assertThat(wrong.status()).isEqualTo(401);

        ProcessHandle postmaster = TupyoProcess.embeddedPostmaster(dataDir).orElseThrow();
        assertThat(tupyo.stop()).isIn(0, 143);
        assertThat(TupyoProcess.waitForExit(postmaster, Duration.ofSeconds(15))).isTrue();
    }
}
