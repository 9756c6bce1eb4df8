package kr.tupyo.roll.internal;

import kr.tupyo.platform.TupyoProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a {@code tupyo.roll.compile-parallelism} the connection pool cannot spare
 * ({@link RollSettings#requireFits}): at start, with the reason, rather than a compilation that waits for connections
 * early voting holds, or takes them from it. Apart from {@link RollSettings} because the pool's size is platform's
 * setting, bound on its own.
 */
@Component
class CompileConnectionsCheck {

    CompileConnectionsCheck(RollSettings settings, TupyoProperties properties) {
        settings.requireFits(properties.database() != null ? properties.database().poolSize()
                : TupyoProperties.Database.DEFAULT_POOL_SIZE);
    }
}
