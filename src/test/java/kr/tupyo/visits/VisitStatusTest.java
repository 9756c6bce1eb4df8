package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of visit transitions: complete, and only the intended moves. */
class VisitStatusTest {

    @Test
    void everyStatusIsInTheGraphAndReachable() {
        Set<VisitStatus> reached = EnumSet.of(VisitStatus.REQUESTED);
        for (VisitStatus from : VisitStatus.values()) {
            assertThat(VisitStatus.next(from)).as("%s has a row", from).isNotNull();
            reached.addAll(VisitStatus.next(from));
        }
        assertThat(reached).containsExactlyInAnyOrder(VisitStatus.values());
    }

    @Test
    void declinedAndCompletedAreFinal() {
        assertThat(VisitStatus.next(VisitStatus.DECLINED)).isEmpty();
        assertThat(VisitStatus.next(VisitStatus.COMPLETED)).isEmpty();
        assertThat(VisitStatus.ACCEPTED.mayBecome(VisitStatus.DECLINED)).isFalse();
        assertThat(VisitStatus.REQUESTED.mayBecome(VisitStatus.COMPLETED)).as("no report without acceptance").isFalse();
        assertThat(VisitStatus.COUNTER_PROPOSED.mayBecome(VisitStatus.ACCEPTED)).isTrue();
    }

    @Test
    void regionsComeFromTheCountry() {
        assertThat(Region.of("JM")).isEqualTo(Region.AMERICAS);
        assertThat(Region.of("kr")).isEqualTo(Region.KOREA);
        assertThat(Region.of("ZZ")).isEqualTo(Region.OTHER);
    }
}
