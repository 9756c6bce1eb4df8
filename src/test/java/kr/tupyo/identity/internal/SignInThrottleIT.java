package kr.tupyo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's limits, counted in the database, with the production settings. */
@TupyoIntegrationTest
class SignInThrottleIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryUsername() {
        SignInThrottle throttle = new SignInThrottle(jdbc, Clock.systemUTC(), 5, 20);
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.isThrottled("sprayed-" + i, "203.0.113.20")).isFalse();
            throttle.recordFailure("sprayed-" + i, "203.0.113.20");
        }
        assertThat(throttle.isThrottled("someone-else", "203.0.113.20")).isTrue();
        assertThat(throttle.isThrottled("someone-else", "203.0.113.21")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        Instant past = Instant.now().minus(SignInThrottle.WINDOW).minus(Duration.ofMinutes(1));
        SignInThrottle then = new SignInThrottle(jdbc, Clock.fixed(past, ZoneOffset.UTC), 5, 20);
        for (int i = 0; i < 5; i++) {
            then.recordFailure("forgetful", "198.51.100.7");
        }
        assertThat(then.isThrottled("forgetful", "198.51.100.7")).isTrue();
        SignInThrottle now = new SignInThrottle(jdbc, Clock.systemUTC(), 5, 20);
        assertThat(now.isThrottled("forgetful", "198.51.100.7")).isFalse();
    }
}
