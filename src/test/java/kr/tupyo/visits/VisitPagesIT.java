package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The desk's pages that the browser test does not walk through, over HTTP with a signed-in session:
 * the gift register's form flags a reportable gift and refuses a negative value without recording it,
 * the programme is reordered and trimmed from the visit page, and the partner page and the standard
 * template page show what the API holds.
 */
@TupyoIntegrationTest
class VisitPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;

    record Session(String cookie, String csrf) {
    }

    @Test
    void giftsProgrammePartnerAndTemplateWorkFromThePages() {
        VisitsApi visits = new VisitsApi(api);
        String organisation = "Page Desk Commission " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = visits.accepted(VisitsApi.request(organisation, "purpose", "Study of the gift register"));
        visits.tailor(id);
        Session s = signIn();

        // Gift register: a received gift at or above the threshold is flagged on the page.
        post(s, "/visits/" + id + "/gifts", "direction=RECEIVED&description=Silver+bowl&giver=Head+of+delegation"
                + "&recipient=Director+General&valueKrw=150000&givenOn=2027-04-13&disposition=TRANSFERRED");
        String page = get(s, "/visits/" + id);
        assertThat(page).contains("tupyo-notice ok").contains("Silver bowl").contains("class=\"gift-reportable\"");
        post(s, "/visits/" + id + "/gifts", "direction=RECEIVED&description=Negative+vase&giver=G&recipient=R"
                + "&valueKrw=-5&givenOn=2027-04-13&disposition=KEPT");
        assertThat(get(s, "/visits/" + id)).contains("tupyo-notice danger").doesNotContain("Negative vase");
        assertThat(api.get("/api/v1/visits/" + id + "/gifts", visits.officer()).json().path("gifts").size())
                .as("the refused gift is not recorded").isEqualTo(1);

        // Programme: the group photo moved to the front, the video dropped, from the visit page.
        JsonNode programme = api.get("/api/v1/visits/" + id, visits.officer()).json().path("programme");
        assertThat(programme.size()).isEqualTo(7);
        post(s, "/visits/" + id + "/programme/" + itemOf(programme, "GROUP_PHOTO") + "/move", "delta=-6");
        post(s, "/visits/" + id + "/programme/" + itemOf(programme, "INTRO_VIDEO") + "/drop", "");
        JsonNode changed = api.get("/api/v1/visits/" + id, visits.officer()).json().path("programme");
        assertThat(changed.size()).isEqualTo(6);
        assertThat(changed.get(0).path("item").path("kind").asString()).isEqualTo("GROUP_PHOTO");
        assertThat(changed.toString()).doesNotContain("INTRO_VIDEO");

        // The partner's page shows its history; the template page the current standard programme.
        String partner = api.get("/api/v1/visits/" + id, visits.officer()).json().path("partner").path("id").asString();
        assertThat(get(s, "/visits/partners/" + partner)).contains("id=\"partner-history\"").contains(organisation)
                .contains("Study of the gift register");

        // Contacts from the partner page: the requester became the first contact; one added, one refused, one removed.
        String contacts = "/api/v1/visits/partners/" + partner + "/contacts";
        assertThat(get(s, "/visits/partners/" + partner)).contains("id=\"new-contact\"").contains("Andrea Campbell");
        post(s, "/visits/partners/" + partner + "/contacts",
                "name=Marlon+Reid&title=Head+of+the+International+Division&email=m.reid%40example.org&phone=%2B1+876+555+0100");
        assertThat(get(s, "/visits/partners/" + partner)).contains("tupyo-notice ok").contains("Marlon Reid")
                .contains("Head of the International Division").contains("mailto:m.reid@example.org");
        post(s, "/visits/partners/" + partner + "/contacts", "name=Desk+Officer&email=not-an-address");
        assertThat(get(s, "/visits/partners/" + partner)).contains("tupyo-notice danger").doesNotContain("Desk Officer");
        JsonNode listed = api.get(contacts, visits.officer()).json();
        assertThat(listed.size()).as("the refused contact is not recorded").isEqualTo(2);
        post(s, "/visits/partners/" + partner + "/contacts/" + listed.get(0).path("id").asString() + "/remove", "");
        assertThat(get(s, "/visits/partners/" + partner)).contains("tupyo-notice ok").contains("Marlon Reid")
                .doesNotContain("Andrea Campbell");
        assertThat(api.get(contacts, visits.officer()).json().size()).isEqualTo(1);

        int version = api.get("/api/v1/visits/template", visits.officer()).json().path("version").asInt();
        String template = get(s, "/visits/template");
        assertThat(template).contains("id=\"template-form\"").contains("Welcoming remarks").contains("Group photo outside the office");
        assertThat(template).contains(String.valueOf(version));
    }

    private static String itemOf(JsonNode programme, String kind) {
        for (JsonNode row : programme) {
            if (row.path("item").path("kind").asString().equals(kind)) {
                return row.path("item").path("id").asString();
            }
        }
        throw new AssertionError("no " + kind + " in " + programme);
    }

    private Session signIn() {
        String username = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Visits Officer", Role.VISITS_OFFICER, null, "a-very-good-password");
        String cookie = api.signIn(username, "a-very-good-password");
        var home = api.send(api.request("/visits", null).header("Cookie", cookie).GET());
        Matcher csrf = CSRF.matcher(home.body());
        assertThat(csrf.find()).as("a form on the desk carries the token").isTrue();
        return new Session(cookie, csrf.group(1));
    }

    private String get(Session s, String path) {
        var page = api.send(api.request(path, null).header("Cookie", s.cookie()).header("Accept-Language", "en").GET());
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private void post(Session s, String path, String form) {
        var response = api.send(api.request(path, null).header("Cookie", s.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + (form.isEmpty() ? "" : "&") + "_csrf=" + s.csrf())));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(302);
    }
}
