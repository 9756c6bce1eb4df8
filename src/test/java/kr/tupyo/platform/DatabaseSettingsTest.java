package kr.tupyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void unsetSettingsTakeTheMeasuredDefaults() {
        var db = new TupyoProperties.Database("", "tupyo", "", null, null);
        assertThat(db.poolSize()).isEqualTo(32);
        assertThat(db.embeddedSharedBuffers()).isEqualTo("1GB");
        assertThat(db.isExternal()).isFalse();
    }

    @Test
    void aPoolTooSmallForACompilationIsRefusedAtStart() {
        assertThatThrownBy(() -> new TupyoProperties.Database("", "tupyo", "", "1GB", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool-size");
        assertThat(new TupyoProperties.Database("", "tupyo", "", "1GB", 8).poolSize()).isEqualTo(8);
    }
}
