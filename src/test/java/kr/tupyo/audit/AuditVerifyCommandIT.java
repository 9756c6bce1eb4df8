package kr.tupyo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./tupyo audit verify} against a running server: exit 0 and the report when the chain is intact. */
@TupyoIntegrationTest
class AuditVerifyCommandIT {

    @Autowired
    ApiClient api;

    record Run(int exit, String out) {
    }

    Run verify(String token) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of("tupyo").toAbsolutePath().toString(), "audit", "verify")
                .redirectErrorStream(true);
        builder.environment().put("TUPYO_URL", api.baseUrl());
        builder.environment().put("TUPYO_API_TOKEN", token);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void reportsAnIntactChainAndRefusesAStationToken() throws Exception {
        Run intact = verify(api.tokenFor(Role.OBSERVER));
        assertThat(intact.exit()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("\"intact\":true");

        Run refused = verify(api.tokenFor(Role.STATION_OPERATOR));
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.out()).contains("ACCESS_DENIED");
    }
}
