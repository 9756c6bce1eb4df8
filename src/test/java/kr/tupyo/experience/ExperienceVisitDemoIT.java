package kr.tupyo.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import kr.tupyo.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The visit page's experience-room item starts a demo for the visit: a session with the delegation's
 * size (plus spares) and language, linked to the visit.
 */
@TupyoIntegrationTest
class ExperienceVisitDemoIT {


    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;

    @Test
    void startingTheDemoFromAVisitsProgrammeMakesASessionForItsDelegation() {
        VisitsApi visits = new VisitsApi(api);
        String organisation = "Election Commission of Ghana " + UUID.randomUUID().toString().substring(0, 6);
        UUID visit = visits.accepted(VisitsApi.request(organisation, "delegationSize", 12, "languages", List.of("en", "fr"),
                "topics", List.of("VOTERS_LIST", "EARLY_VOTING")));
        visits.tailor(visit);

        String officer = "xp-officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(officer, "Visits Officer", Role.VISITS_OFFICER, null, "a-very-good-password");
        String cookie = api.signIn(officer, "a-very-good-password");

        var page = api.send(api.request("/visits/" + visit + "?lang=en", null).header("Cookie", cookie).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"start-demo\"").contains("Start demo");
        assertThat(page.body().split("id=\"start-demo\"", -1)).as("only on the experience-room item").hasSize(2);
        Matcher csrf = ApiClient.CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        var started = api.send(api.request("/visits/" + visit + "/programme/experience", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scenario=LOCAL&_csrf=" + csrf.group(1))));
        assertThat(started.status()).as(started.toString()).isEqualTo(302);
        String location = java.net.URI.create(started.header("Location")).getPath();
        assertThat(location).contains("/experience/sessions/");
        UUID session = UUID.fromString(location.replaceAll(".*/experience/sessions/([0-9a-f-]{36}).*", "$1"));

        JsonNode view = api.get(ExperienceApi.SESSIONS + "/" + session, api.tokenFor(Role.VISITS_OFFICER)).json();
        assertThat(view.path("visitId").asString()).isEqualTo(visit.toString());
        assertThat(view.path("title").asString()).isEqualTo(organisation);
        assertThat(view.path("scenario").asString()).isEqualTo("LOCAL");
        assertThat(view.path("guests").asInt()).isEqualTo(12);
        assertThat(view.path("voters").asInt()).as("12 guests and 3 spares").isEqualTo(15);
        assertThat(view.path("language").asString()).isEqualTo("en");
        assertThat(view.path("owner").asString()).isEqualTo(officer);
        assertThat(view.path("contests")).hasSize(7);

        // the kiosk opens in the delegation's language
        var kiosk = api.send(api.request(location, null).header("Cookie", cookie).GET());
        assertThat(kiosk.status()).isEqualTo(302);
        assertThat(kiosk.header("Location")).endsWith("/experience/sessions/" + session + "?lang=en");
        var english = api.send(api.request("/experience/sessions/" + session + "?lang=en", null).header("Cookie", cookie).GET());
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("DEMO — not a real election").contains("Try early voting").contains(organisation);

        // and it works: a card of this session is eligible
        String number = new ExperienceApi(api, jdbc, protection).numbers(session).getFirst();
        assertThat(new ExperienceApi(api, jdbc, protection).identified(session, "IN_DISTRICT", number)
                .path("status").asString()).isEqualTo("ELIGIBLE");
    }
}
