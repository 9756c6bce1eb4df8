package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code tupyo.roll.compile-parallelism}, bound as the application binds it. */
class RollSettingsTest {

    private static RollSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("tupyo.roll", RollSettings.class);
    }

    @Test
    void compilationsAndFinalisationsUseTwoConnectionsUnlessTold() {
        assertThat(bind(Map.of()).compileParallelism()).isEqualTo(2);
        assertThat(bind(Map.of("tupyo.roll.compile-parallelism", "4")).compileParallelism()).isEqualTo(4);
    }

    @Test
    void aParallelismBelowOneIsRefusedAtStartInsteadOfQuietlyBecomingOne() {
        assertThatThrownBy(() -> bind(Map.of("tupyo.roll.compile-parallelism", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("tupyo.roll.compile-parallelism");
        assertThatThrownBy(() -> bind(Map.of("tupyo.roll.compile-parallelism", "two"))).isInstanceOf(BindException.class);
    }
}
