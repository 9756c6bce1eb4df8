package kr.tupyo.earlyvoting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EarlyVotingSerialPermutationTest {

    private static final byte[] KEY = new byte[32];
    private static final UUID CONTEST = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void serialsAreUniqueAndInvertibleWithTheKey() {
        SerialPermutation permutation = new SerialPermutation(KEY);
        Set<Long> seen = new HashSet<>();
        for (long n = 0; n < 20_000; n++) {
            long serial = permutation.permute(CONTEST, n);
            assertThat(seen.add(serial)).isTrue();
            assertThat(permutation.invert(CONTEST, serial)).isEqualTo(n);
        }
    }

    @Test
    void consecutivePositionsGiveUnrelatedSerials() {
        SerialPermutation permutation = new SerialPermutation(KEY);
        int ascending = 0;
        for (long n = 0; n < 1_000; n++) {
            if (permutation.permute(CONTEST, n + 1) > permutation.permute(CONTEST, n)) {
                ascending++;
            }
        }
        assertThat(ascending).as("about half the steps go up, as for random numbers").isBetween(400, 600);
    }

    @Test
    void anotherKeyOrContestGivesAnotherSequence() {
        byte[] other = new byte[32];
        other[0] = 1;
        SerialPermutation a = new SerialPermutation(KEY);
        assertThat(new SerialPermutation(other).permute(CONTEST, 0)).isNotEqualTo(a.permute(CONTEST, 0));
        assertThat(a.permute(UUID.randomUUID(), 0)).isNotEqualTo(a.permute(CONTEST, 0));
    }

    @Test
    void aSerialReadsBackFromItsText() {
        BallotSerial serial = new BallotSerial(2, 471_193_820_547L);
        assertThat(serial.toString()).isEqualTo("2-0471193820547");
        assertThat(BallotSerial.parse("2-0471193820547")).contains(serial);
        assertThat(BallotSerial.parse("2-9999999999999")).as("beyond 40 bits").isEmpty();
        assertThat(BallotSerial.parse("x")).isEmpty();
    }
}
