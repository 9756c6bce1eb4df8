package kr.tupyo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import page over real HTTP with a signed-in session: the upload answers JSON (a refusal problem+json), progress is
 * pollable.
 */
@TupyoIntegrationTest
class RegistryPageIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;

    String signIn(String username, Role role) {
        accounts.create(username, username, role, null, "a-very-good-password");
        return api.signIn(username, "a-very-good-password");
    }

    @Test
    void anAdministratorUploadsFromThePageAndFollowsTheProgress() {
        String session = signIn("regpage-" + UUID.randomUUID().toString().substring(0, 6), Role.ADMIN);
        var page = api.send(api.request("/registry", null).header("Cookie", session).header("Accept-Language", "en").GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Resident register imports", "/js/registry/imports.js", "registry-progress-bar");
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();

        String id = UUID.randomUUID().toString();
        String boundary = "----page" + id;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDISQUALIFICATIONS\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"importId\"\r\n\r\n" + id + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dq.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + RegisterFixtures.DISQUALIFICATIONS_HEADER
                + "not-a-number,ELECTION_FINE,2024-01-01,," + id + "\n\r\n--" + boundary + "--\r\n";
        var upload = api.send(api.request("/registry/imports", null).header("Cookie", session)
                .header("X-CSRF-TOKEN", m.group(1)).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(422);
        assertThat(upload.header("Content-Type")).as("an error is problem+json like every API's, though the page asked for JSON")
                .startsWith("application/problem+json");
        assertThat(upload.json().path("code").asString()).isEqualTo("IMPORT_REJECTED");
        assertThat(upload.json().path("errors").get(0).path("message").asString())
                .contains("Not a valid resident registration number");

        var progress = api.send(api.request("/registry/imports/" + id + "/progress", null).header("Cookie", session).GET());
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(progress.json().path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void theProgressOfAnUnknownImportIsProblemJsonWithItsCode() {
        String session = signIn("regprog-" + UUID.randomUUID().toString().substring(0, 6), Role.OBSERVER);
        UUID unknown = UUID.randomUUID();
        var missing = api.send(api.request("/registry/imports/" + unknown + "/progress", null).header("Cookie", session)
                .header("Accept", "application/json").header("Accept-Language", "en").GET());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.problemCode()).isEqualTo("IMPORT_NOT_FOUND");
        assertThat(missing.json().path("detail").asString()).contains(unknown.toString());
    }

    @Test
    void anObserverSeesTheImportsButCannotUpload() {
        String session = signIn("regobs-" + UUID.randomUUID().toString().substring(0, 6), Role.OBSERVER);
        var page = api.send(api.request("/registry", null).header("Cookie", session).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("registry-upload");
        var home = api.send(api.request("/", null).header("Cookie", session).GET());
        assertThat(home.body()).contains("/registry");
    }
}
