package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import kr.tupyo.platform.TupyoProperties;
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

    @Test
    void aCompilationMayHoldAtMostHalfOfThePool() {
        bind(Map.of()).requireFits(4); // the default fits the smallest pool allowed
        bind(Map.of("tupyo.roll.compile-parallelism", "16")).requireFits(32);
        assertThatThrownBy(() -> bind(Map.of("tupyo.roll.compile-parallelism", "17")).requireFits(32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tupyo.roll.compile-parallelism is 17")
                .hasMessageContaining("half of the 32 connections of tupyo.database.pool-size")
                .hasMessageContaining("16 or less");
    }

    @Test
    void theServiceRefusesToStartWithAParallelismItsPoolCannotSpare() {
        var pool8 = new TupyoProperties(Path.of("data"), new TupyoProperties.Database("", "tupyo", "", null, 8), null, null, null);
        new CompileConnectionsCheck(bind(Map.of("tupyo.roll.compile-parallelism", "4")), pool8);
        assertThatThrownBy(() -> new CompileConnectionsCheck(bind(Map.of("tupyo.roll.compile-parallelism", "5")), pool8))
                .hasMessageContaining("half of the 8 connections");
        var unset = new TupyoProperties(Path.of("data"), null, null, null, null);
        assertThatThrownBy(() -> new CompileConnectionsCheck(bind(Map.of("tupyo.roll.compile-parallelism", "17")), unset))
                .as("the default pool").hasMessageContaining("half of the 32 connections");
    }
}
