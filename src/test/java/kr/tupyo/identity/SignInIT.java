package kr.tupyo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sign-in form over real HTTP: session, CSRF, throttling, audit. */
@TupyoIntegrationTest
class SignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;

    record Session(String cookie, String csrf) {
    }

    Session openLoginPage() {
        var page = api.get("/login", null);
        assertThat(page.status()).isEqualTo(200);
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("login form carries a CSRF token").isTrue();
        return new Session(cookie, m.group(1));
    }

    ApiClient.Response submit(Session session, String username, String password, boolean withCsrf) {
        String form = "username=" + username + "&password=" + password + (withCsrf ? "&_csrf=" + session.csrf() : "");
        return api.send(api.request("/login", null).header("Cookie", session.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Test
    void signsInWithCsrfTokenAndLandsOnHome() {
        accounts.create("signer", "Signer", Role.ROLL_OFFICER, null, "a-very-good-password");
        Session session = openLoginPage();
        var response = submit(session, "signer", "a-very-good-password", true);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/");
        String sessionCookie = response.header("Set-Cookie");
        assertThat(sessionCookie).contains("TUPYO_SESSION").containsIgnoringCase("HttpOnly");
        var home = api.send(api.request("/", null).header("Cookie", sessionCookie.split(";")[0]).GET());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<span class=\"tupyo-user\" id=\"signed-in-user\">signer</span>");
        assertThat(home.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(lastAudit("account:signer")).isEqualTo("SIGN_IN_SUCCEEDED");
    }

    @Test
    void languageLinksKeepTheMessageOnThePage() {
        var page = api.get("/login?error", null);
        assertThat(page.body()).contains("href=\"/login?error&amp;lang=en\"").contains("href=\"/login?error&amp;lang=ko\"");
    }

    @Test
    void refusesSignInWithoutCsrfToken() {
        accounts.create("nocsrf", null, Role.OBSERVER, null, "a-very-good-password");
        var response = submit(openLoginPage(), "nocsrf", "a-very-good-password", false);
        assertThat(response.status()).isEqualTo(403);
        assertThat(lastAudit("account:nocsrf")).as("the password was never checked").isEqualTo("ACCOUNT_CREATED");
    }

    @Test
    void throttlesAfterRepeatedFailuresEvenWithTheRightPassword() {
        accounts.create("guessed", null, Role.OBSERVER, null, "the-right-password");
        for (int i = 0; i < 5; i++) {
            var failed = submit(openLoginPage(), "guessed", "wrong-" + i, true);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }
        var throttled = submit(openLoginPage(), "guessed", "the-right-password", true);
        assertThat(throttled.header("Location")).endsWith("/login?throttled");
        assertThat(lastAudit("account:guessed")).isEqualTo("SIGN_IN_THROTTLED");

        var basic = api.send(api.request("/api/v1/tokens", null)
                .header("Authorization", ApiClient.basic("guessed", "the-right-password")).GET());
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.problemCode()).isEqualTo("SIGN_IN_THROTTLED");
    }

    @Test
    void pagesNeedSignInAndRoles() {
        var anonymous = api.get("/admin/accounts", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");

        accounts.create("observer1", null, Role.OBSERVER, null, "a-very-good-password");
        Session session = openLoginPage();
        var signedIn = submit(session, "observer1", "a-very-good-password", true);
        String cookie = signedIn.header("Set-Cookie").split(";")[0];
        var forbidden = api.send(api.request("/admin/accounts", null).header("Cookie", cookie).GET());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(lastAudit("/admin/accounts")).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeAnythingElse() {
        accounts.create("resetme", null, Role.ROLL_OFFICER, null, "first-password-123");
        accounts.resetPassword("resetme", "admin-chose-this-one");
        var signedIn = submit(openLoginPage(), "resetme", "admin-chose-this-one", true);
        assertThat(signedIn.header("Location")).endsWith("/account/password");
        String cookie = signedIn.header("Set-Cookie").split(";")[0];
        var home = api.send(api.request("/", null).header("Cookie", cookie).GET());
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/account/password");

        var page = api.send(api.request("/account/password", null).header("Cookie", cookie).GET());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        var changed = api.send(api.request("/account/password", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("current=admin-chose-this-one&password=my-own-secret-now&_csrf="
                        + csrf.group(1))));
        assertThat(changed.header("Location")).endsWith("/");
        assertThat(api.send(api.request("/", null).header("Cookie", cookie).GET()).status()).isEqualTo(200);
        assertThat(lastAudit("account:resetme")).isEqualTo("PASSWORD_CHANGED");
        assertThat(submit(openLoginPage(), "resetme", "my-own-secret-now", true).header("Location")).endsWith("/");
    }

    private String lastAudit(String target) {
        auditEntries.chainPending();
        return jdbc.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY seq DESC LIMIT 1")
                .param(target).query(String.class).optional().orElse(null);
    }
}
