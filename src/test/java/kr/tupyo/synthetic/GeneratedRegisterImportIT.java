package kr.tupyo.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kr.tupyo.identity.Role;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** What the generator writes is what the registry accepts: all three files import without an error. */
@TupyoIntegrationTest
@TestPropertySource(properties = "tupyo.test.context=generated-register") // a register of its own
@DirtiesContext
class GeneratedRegisterImportIT {

    @Autowired
    ApiClient api;

    @TempDir
    Path dir;

    @Test
    void theGeneratedExtractEventsAndNoticesImportCleanly() throws Exception {
        Path kr2022 = RegistryUploads.kr2022("").normalize();
        var summary = new RegisterGenerator(new GeneratorOptions(20_000, 11, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 31), dir, kr2022)).write();
        assertThat(summary.events).isPositive();
        assertThat(summary.disqualifications).isPositive();
        RegistryUploads.ensureKr2022Divisions(api);
        String admin = api.tokenFor(Role.ADMIN);
        var extract = RegistryUploads.upload(api, "/api/v1/registry/extracts?extractDate=2026-04-01", admin,
                "extract.csv", Files.readAllBytes(dir.resolve("extract.csv")));
        assertThat(extract.status()).as(extract.body()).isEqualTo(201);
        var events = RegistryUploads.upload(api, "/api/v1/registry/events", admin, "events.csv",
                Files.readAllBytes(dir.resolve("events.csv")));
        assertThat(events.status()).as(events.body()).isEqualTo(201);
        var notices = RegistryUploads.upload(api, "/api/v1/registry/disqualifications", admin, "disqualifications.csv",
                Files.readAllBytes(dir.resolve("disqualifications.csv")));
        assertThat(notices.status()).as(notices.body()).isEqualTo(201);
    }
}
