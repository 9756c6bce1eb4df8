package kr.tupyo.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    private final ClockConfiguration configuration = new ClockConfiguration();

    @Test
    void withoutASettingTheClockIsTheRealTime() {
        Clock clock = configuration.clock("");
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aSetClockStartsAtTheGivenMomentAndRunsOn() throws InterruptedException {
        Clock clock = configuration.clock("2026-11-27T09:00+09:00");
        Instant first = clock.instant();
        assertThat(Duration.between(OffsetDateTime.parse("2026-11-27T09:00+09:00").toInstant(), first).abs())
                .isLessThan(Duration.ofSeconds(2));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);
    }

    @Test
    void aMalformedSettingStopsTheStartWithItsName() {
        assertThatThrownBy(() -> configuration.clock("tomorrow morning"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TUPYO_CLOCK_START");
    }
}
