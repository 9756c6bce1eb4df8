package kr.tupyo.earlyvoting.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Server-side durations of identification and issuance, with percentiles published on
 * {@code /actuator/prometheus} ({@code tupyo_earlyvoting_*_seconds{quantile=...}}): the benchmark's
 * "p99 server-side" is read from there.
 */
@Component
public class StationTimers {

    private final Timer identification;
    private final Timer issuance;

    StationTimers(MeterRegistry registry) {
        this.identification = timer(registry, "tupyo.earlyvoting.identification");
        this.issuance = timer(registry, "tupyo.earlyvoting.issuance");
    }

    public <T> T identification(Supplier<T> work) {
        return identification.record(work);
    }

    public <T> T issuance(Supplier<T> work) {
        return issuance.record(work);
    }

    private static Timer timer(MeterRegistry registry, String name) {
        return Timer.builder(name).publishPercentiles(0.5, 0.9, 0.99).register(registry);
    }
}
