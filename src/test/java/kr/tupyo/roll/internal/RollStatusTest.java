package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RollStatusTest {

    @Test
    void everyStatusIsInTheGraphAndFinalisedIsTerminal() {
        assertThat(RollStatus.TRANSITIONS.keySet()).containsExactlyInAnyOrder(RollStatus.values());
        assertThat(RollStatus.FINALISED.mayBecome(RollStatus.COMPILED)).isFalse();
        assertThat(EnumSet.allOf(RollStatus.class)).noneMatch(RollStatus.FINALISED::mayBecome);
    }

    @Test
    void aDraftMayBeCompiledAgainOrFinalisedButNotSkipCompilation() {
        assertThat(RollStatus.COMPILED.mayBecome(RollStatus.COMPILED)).isTrue();
        assertThat(RollStatus.COMPILED.mayBecome(RollStatus.FINALISING)).isTrue();
        assertThat(RollStatus.COMPILED.mayBecome(RollStatus.FINALISED)).as("only through the finalisation job").isFalse();
        assertThat(RollStatus.FINALISING.mayBecome(RollStatus.FINALISED)).isTrue();
        assertThat(RollStatus.FINALISING.mayBecome(RollStatus.COMPILED)).as("the job failed").isTrue();
        assertThat(RollStatus.FINALISING.isDraft()).isFalse();
        assertThat(RollStatus.NOT_COMPILED.mayBecome(RollStatus.FINALISED)).isFalse();
        assertThat(RollStatus.FINALISED.isDraft()).isFalse();
    }
}
