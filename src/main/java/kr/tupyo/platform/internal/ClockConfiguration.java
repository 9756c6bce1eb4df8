package kr.tupyo.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import kr.tupyo.platform.KoreaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule about dates and opening hours reads, so that tests and demonstrations can
 * set the time: tests provide their own {@link Clock} bean; a demonstration or a benchmark outside
 * early-voting hours starts the server with {@code TUPYO_CLOCK_START} (e.g. {@code 2026-11-27T09:00+09:00}),
 * and the clock runs on from that moment. Never set on a production server.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${tupyo.clock-start:}") String start) {
        Clock system = Clock.system(KoreaTime.ZONE);
        if (start == null || start.isBlank()) {
            return system;
        }
        OffsetDateTime from;
        try {
            from = OffsetDateTime.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("TUPYO_CLOCK_START must be a date-time with offset, e.g. 2026-11-27T09:00+09:00, not: " + start, e);
        }
        Duration offset = Duration.between(system.instant(), from.toInstant());
        log.warn("THE CLOCK IS SET: it started at {} (offset {} from the real time) because TUPYO_CLOCK_START is set;"
                + " for demonstrations and benchmarks only", from, offset);
        return Clock.offset(system, offset);
    }
}
