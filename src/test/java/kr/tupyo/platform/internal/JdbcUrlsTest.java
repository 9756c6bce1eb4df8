package kr.tupyo.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void aUrlWithoutAPasswordIsLoggedAsGiven() {
        for (String url : new String[] {"jdbc:postgresql://db:5432/tupyo", "jdbc:postgresql://db/tupyo?ssl=true&user=u",
                "jdbc:postgresql://u@db/tupyo", "jdbc:postgresql://a:5432,b:5433/tupyo?targetServerType=primary",
                "jdbc:postgresql://db/tupyo?xpassword=x&passwords=y"}) {
            assertThat(JdbcUrls.masked(url)).isEqualTo(url);
        }
    }

    @Test
    void theUserInfosPasswordIsMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://u:secret@host/db")).isEqualTo("jdbc:postgresql://u:***@host/db");
        assertThat(JdbcUrls.masked("jdbc:postgresql://u:secret@host:5432/db?ssl=true"))
                .isEqualTo("jdbc:postgresql://u:***@host:5432/db?ssl=true");
    }

    @Test
    void aPasswordWithBareSeparatorsInItIsMaskedWhole() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://u:s@c/r?t@host/db")).isEqualTo("jdbc:postgresql://u:***@host/db");
        assertThat(JdbcUrls.masked("jdbc:postgresql://host/db?password=s@c#r&ssl=true"))
                .isEqualTo("jdbc:postgresql://host/db?password=***&ssl=true");
    }

    @Test
    void thePasswordParameterIsMaskedInAnyCaseAndPosition() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://host/db?password=secret"))
                .isEqualTo("jdbc:postgresql://host/db?password=***");
        assertThat(JdbcUrls.masked("jdbc:postgresql://host/db?user=u&PassWord=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://host/db?user=u&PassWord=***&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:postgresql://host/db?user=u&PASSWORD="))
                .isEqualTo("jdbc:postgresql://host/db?user=u&PASSWORD=***");
    }

    @Test
    void everyPasswordOfOneUrlIsMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://u:one@host/db?password=two&sslpassword=three&ssl=true"))
                .isEqualTo("jdbc:postgresql://u:***@host/db?password=***&sslpassword=***&ssl=true");
    }
}
