package kr.tupyo.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_PER_USERNAME} failures for a username, or
 * {@value #MAX_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * without checking the password until the window passes. Kept in the database, so every instance
 * counts the same failures.
 */
@Component
class SignInThrottle {

    static final int MAX_PER_USERNAME = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isThrottled(String username, String remoteAddress) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        int byUser = jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE username = ? AND failed_at > ?")
                .params(username, since).query(Integer.class).single();
        if (byUser >= MAX_PER_USERNAME) {
            return true;
        }
        if (remoteAddress == null) {
            return false;
        }
        int byAddress = jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE remote_address = ? AND failed_at > ?")
                .params(remoteAddress, since).query(Integer.class).single();
        return byAddress >= MAX_PER_ADDRESS;
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
