package kr.tupyo.platform.internal;

import java.time.Clock;
import kr.tupyo.platform.KoreaTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule about dates and opening hours reads, so that tests and demonstrations can
 * set the time by providing their own {@link Clock} bean.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(KoreaTime.ZONE);
    }
}
