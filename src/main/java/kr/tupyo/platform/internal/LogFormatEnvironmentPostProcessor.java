package kr.tupyo.platform.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code TUPYO_LOG_FORMAT=json} switches console logs to structured JSON (Elastic Common Schema),
 * for log shippers; {@code text} (the default) keeps them readable. Runs before logging starts.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("TUPYO_LOG_FORMAT", environment.getProperty("tupyo.log-format", "text"));
        if ("json".equalsIgnoreCase(format.trim())) {
            environment.getPropertySources().addFirst(new MapPropertySource("tupyoLogFormat",
                    Map.of("logging.structured.format.console", "ecs")));
        } else if (!"text".equalsIgnoreCase(format.trim())) {
            throw new IllegalArgumentException("TUPYO_LOG_FORMAT must be 'text' or 'json', not '" + format + "'");
        }
    }
}
