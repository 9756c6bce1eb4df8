package kr.tupyo.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after 5 failures for a username, or 20 from one address (settings
 * {@code tupyo.sign-in.max-failures-per-username|address}), within {@link #WINDOW}, further attempts are refused
 * without checking the password until the window passes. Kept in the database, so every instance
 * counts the same failures.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    private final int maxPerUsername;
    private final int maxPerAddress;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${tupyo.sign-in.max-failures-per-username:5}") int maxPerUsername,
                   @Value("${tupyo.sign-in.max-failures-per-address:20}") int maxPerAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerUsername = maxPerUsername;
        this.maxPerAddress = maxPerAddress;
    }

    boolean isThrottled(String username, String remoteAddress) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        int byUser = jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE username = ? AND failed_at > ?")
                .params(username, since).query(Integer.class).single();
        if (byUser >= maxPerUsername) {
            return true;
        }
        if (remoteAddress == null) {
            return false;
        }
        int byAddress = jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE remote_address = ? AND failed_at > ?")
                .params(remoteAddress, since).query(Integer.class).single();
        return byAddress >= maxPerAddress;
    }

    void recordFailure(String username, String remoteAddress) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO sign_in_failures (username, remote_address, failed_at) VALUES (?, ?, ?)")
                .params(username, remoteAddress, Timestamp.from(now)).update();
        // Old failures no longer count; trimming here keeps the table small without a separate job.
        jdbc.sql("DELETE FROM sign_in_failures WHERE failed_at < ?")
                .param(Timestamp.from(now.minus(WINDOW.multipliedBy(4)))).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE username = ?").param(username).update();
    }
}
