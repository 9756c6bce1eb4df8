package kr.tupyo.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GarbageCollectorNoticeTest {

    @Test
    void zgcIsNamedAndNothingIsAsked() {
        assertThat(GarbageCollectorNotice.of(List.of("ZGC Minor Cycles", "ZGC Minor Pauses", "ZGC Major Cycles",
                "ZGC Major Pauses"))).startsWith("Garbage collector: ZGC (").doesNotContain("-XX:+UseZGC");
    }

    @Test
    void anyOtherCollectorIsNamedWithTheFlagToUseAndWhy() {
        assertThat(GarbageCollectorNotice.of(List.of("G1 Young Generation", "G1 Concurrent GC", "G1 Old Generation")))
                .isEqualTo("Garbage collector: G1 Young Generation, G1 Concurrent GC, G1 Old Generation; early voting's "
                        + "identification latency needs -XX:+UseZGC (./tupyo start sets it; decision 124)");
    }

    @Test
    void thisJvmsCollectorsAreRead() {
        assertThat(GarbageCollectorNotice.forThisJvm()).startsWith("Garbage collector: ").doesNotContain(": ;");
    }
}
