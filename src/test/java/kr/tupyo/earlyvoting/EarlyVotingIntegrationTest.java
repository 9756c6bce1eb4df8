package kr.tupyo.earlyvoting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.tupyo.support.TupyoIntegrationTest;
import org.springframework.context.annotation.Import;

/** The whole service with a settable clock and a hand-filled voters list (one shared context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TupyoIntegrationTest
@Import({EarlyVotingTestConfiguration.class, EarlyVotingFixture.class})
public @interface EarlyVotingIntegrationTest {
}
