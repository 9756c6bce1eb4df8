package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import kr.tupyo.visits.internal.FormRateLimit;
import kr.tupyo.visits.internal.FormTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public request form over real HTTP, without an account: script in every text field is stored
 * verbatim and shown inert; bots (honeypot, too fast, forged token) and floods (rate limit) are refused.
 */
@TupyoIntegrationTest
class VisitPublicFormIT {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    ApiClient api;
    @Autowired
    FormTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kr.tupyo.audit.AuditEntries auditEntries;
    @Autowired
    StaffAccounts accounts;

    record Form(String cookie, String csrf) {
    }

    @BeforeEach
    void freshAllowance() {
        // Every test submits from 127.0.0.1; start each with the address's allowance unused.
        jdbc.sql("DELETE FROM visit_form_submissions").update();
    }

    Form open() {
        var page = api.get("/visits/request", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"website\"").contains("name=\"formToken\"");
        Matcher m = ApiClient.CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        return new Form(page.header("Set-Cookie").split(";")[0], m.group(1));
    }

    Map<String, String> fields(String organisation, String marker) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("organisation", organisation + marker);
        f.put("partnerType", "INTERNATIONAL_ORGANISATION");
        f.put("country", "jm");
        f.put("requesterName", "Requester " + marker);
        f.put("requesterEmail", "requester@example.org");
        f.put("onBehalfOf", "Ministry " + marker);
        f.put("purpose", "Purpose " + marker);
        f.put("preferredFrom", "2027-06-07");
        f.put("preferredTo", "2027-06-11");
        f.put("delegationSize", "12");
        f.put("languages", "en, es");
        f.put("interpretationNeeds", "Interpretation " + marker);
        f.put("accessibilityNeeds", "Access " + marker);
        f.put("formToken", tokens.issue(Instant.now().minusSeconds(30)));
        f.put("website", "");
        return f;
    }

    ApiClient.Response post(Form form, Map<String, String> fields, String... topics) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + form.csrf()
                + java.util.Arrays.stream(topics).map(t -> "&topics=" + t).collect(Collectors.joining());
        return api.send(api.request("/visits/request", null).header("Cookie", form.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    int stored(String organisation) {
        return jdbc.sql("SELECT count(*) FROM visits WHERE organisation LIKE ?").param(organisation + "%")
                .query(Integer.class).single();
    }

    @Test
    void scriptInEveryTextFieldIsStoredVerbatimAndShownInert() {
        String org = "Inert Org " + UUID.randomUUID().toString().substring(0, 8);
        var response = post(open(), fields(org, SCRIPT), "VOTERS_LIST", "EARLY_VOTING");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"request-received\"");

        Map<String, Object> row = jdbc.sql("SELECT * FROM visits WHERE organisation = ?").param(org + SCRIPT)
                .query().singleRow();
        assertThat(row.get("status")).isEqualTo("REQUESTED");
        assertThat(row.get("source")).isEqualTo("PUBLIC_FORM");
        assertThat(row.get("country")).isEqualTo("JM");
        for (String column : List.of("requester_name", "on_behalf_of", "purpose", "interpretation_needs", "accessibility_needs")) {
            assertThat((String) row.get(column)).as(column).endsWith(SCRIPT);
        }

        String page = officerPage("/visits/" + row.get("id"));
        assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(officerPage("/visits")).doesNotContain(SCRIPT).contains(org);
    }

    @Test
    void honeypotTooFastForgedAndInvalidSubmissionsStoreNothing() {
        String org = "Refused Org " + UUID.randomUUID().toString().substring(0, 8);
        var trapped = fields(org, "");
        trapped.put("website", "http://spam.example");
        assertThat(post(open(), trapped).body()).as("a bot is thanked").contains("id=\"request-received\"");

        var fast = fields(org, "");
        fast.put("formToken", tokens.issue());
        var tooFast = post(open(), fast);
        assertThat(tooFast.status()).isEqualTo(400);
        assertThat(tooFast.body()).contains("tupyo-notice danger");

        var forged = fields(org, "");
        forged.put("formToken", "1700000000." + "0".repeat(64));
        assertThat(post(open(), forged).status()).isEqualTo(400);

        var badEmail = fields(org, "");
        badEmail.put("requesterEmail", "not-an-address");
        var invalid = post(open(), badEmail);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).as("entries are kept, escaped").contains("value=\"" + org + "\"");

        var noPurpose = fields(org, "");
        noPurpose.put("purpose", " ");
        assertThat(post(open(), noPurpose).status()).isEqualTo(400);

        assertThat(stored(org)).isZero();
        auditEntries.chainPending();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VISIT_FORM_REJECTED'").query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void oneAddressIsLimitedPerHour() {
        String org = "Flood Org " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < FormRateLimit.LIMIT; i++) {
            assertThat(post(open(), fields(org, " " + i)).status()).isEqualTo(200);
        }
        var refused = post(open(), fields(org, " over"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(stored(org)).isEqualTo(FormRateLimit.LIMIT);
        assertThat(jdbc.sql("SELECT count(*) FROM visit_form_submissions WHERE address_hash LIKE '127.%'")
                .query(Integer.class).single()).as("only a keyed hash of the address is kept").isZero();
    }

    private String officerPage(String path) {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Officer", Role.VISITS_OFFICER, null, "a-very-good-password");
        String cookie = api.signIn(username, "a-very-good-password");
        var page = api.send(api.request(path, null).header("Cookie", cookie).GET());
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
