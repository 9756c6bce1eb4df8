package kr.tupyo.earlyvoting;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The settable clock and the hand-filled voters list of early-voting tests. */
@TestConfiguration(proxyBeanMethods = false)
public class EarlyVotingTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    FixtureVotersList fixtureVotersList() {
        return new FixtureVotersList();
    }
}
