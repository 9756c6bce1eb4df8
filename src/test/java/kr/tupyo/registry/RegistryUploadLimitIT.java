package kr.tupyo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Its own context (and database): the upload limit is set small here only. */
@TupyoIntegrationTest
@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=64KB",
        "spring.servlet.multipart.max-request-size=64KB"})
class RegistryUploadLimitIT {

    @Autowired
    ApiClient api;

    @Test
    void aFileOverTheConfiguredUploadLimitIsRefusedWith413() {
        byte[] big = (RegisterFixtures.EXTRACT_HEADER + "x".repeat(100 * 1024) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var response = RegistryUploads.upload(api, "/api/v1/registry/extracts", api.tokenFor(Role.ADMIN), "big.csv", big);
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.problemCode()).as(response + " " + response.raw().headers().map()).isEqualTo("UPLOAD_TOO_LARGE");
    }
}
