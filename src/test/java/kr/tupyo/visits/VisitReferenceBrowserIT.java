package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The international affairs division keeps its reference data in the browser: adds an official, edits them and
 * retires them, adds and edits a room, is refused a capacity below a booked delegation (with the
 * visit named), and lays a blackout over a booked visit, which then shows the conflict. Dates in
 * June 2029, which no other test books.
 */
@TupyoIntegrationTest
class VisitReferenceBrowserIT {

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;

    @Test
    void editsAnOfficialAndARoomAndIsToldWhichVisitsStandInTheWay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String officer = "visits-ref-" + suffix;
        accounts.create(officer, "Visits Officer", Role.VISITS_OFFICER, null, "a-very-good-password");
        VisitsApi visits = new VisitsApi(api);
        String code = "ZZ_BROWSER_" + suffix.toUpperCase();

        try (VisitsBrowser browser = new VisitsBrowser(api.baseUrl())) {
          try {
            browser.signIn(officer, "a-very-good-password");
            browser.open("/visits/officials?lang=en");

            // add a senior official
            browser.submit("#add-official");
            browser.type("#nameEn", "Zz Browser " + suffix);
            browser.type("#nameKo", "브라우저");
            browser.type("#titleEn", "Adviser");
            browser.type("#titleKo", "자문관");
            browser.type("#department", "International Cooperation");
            browser.click("#topic-COUNTING");
            browser.type("#languages", "en");
            browser.submit("#save-official");
            assertThat(browser.text(".tupyo-notice.ok")).isEqualTo("The official has been added.");
            String official = null;
            for (JsonNode o : api.get("/api/v1/visits/officials", visits.officer()).json()) {
                if (o.path("nameEn").asString().equals("Zz Browser " + suffix)) {
                    official = o.path("id").asString();
                    assertThat(o.path("department").asString()).isEqualTo("International Cooperation");
                    assertThat(o.path("topics").toString()).isEqualTo("[\"COUNTING\"]");
                }
            }
            assertThat(official).as("the official added in the browser").isNotNull();

            // edit the official
            browser.submit("tr[data-official='" + official + "'] a.edit-official");
            browser.find("#official-form");
            browser.type("#titleEn", "Senior Adviser on Civic Education");
            browser.type("#titleKo", "민주시민교육 선임자문관");
            browser.click("#topic-VOTER_EDUCATION");
            browser.type("#languages", "en, es");
            browser.screenshot("visits-reference-1-official");
            browser.submit("#save-official");
            assertThat(browser.text(".tupyo-notice.ok")).isEqualTo("The official has been saved.");
            String row = "tr[data-official='" + official + "']";
            assertThat(browser.text(row + " .official-title")).isEqualTo("Senior Adviser on Civic Education");
            assertThat(browser.text(row)).contains("Voter education", "en, es");

            // add a room, then edit it
            browser.type("#add-room input[name=code]", code);
            browser.type("#add-room input[name=nameEn]", "Small meeting room");
            browser.type("#add-room input[name=nameKo]", "소회의실");
            browser.find("#add-room select[name=kind] option[value='MEETING']").click();
            browser.type("#add-room input[name=capacity]", "30");
            browser.submit("#add-room button[type=submit]");
            assertThat(browser.text(".tupyo-notice.ok")).isEqualTo("The room has been saved.");
            String room = "tr[data-room='" + code + "']";
            browser.submit(room + " a.edit-room");
            browser.find("#room-form");
            browser.type("#nameEn", "Small conference room");
            browser.find("#kind option[value='CEREMONIAL']").click();
            browser.type("#capacity", "24");
            browser.submit("#save-room");
            assertThat(browser.text(room + " .room-name")).isEqualTo("Small conference room");
            assertThat(browser.text(room + " .room-capacity")).isEqualTo("24");
            assertThat(browser.text(room)).contains("Ceremonial room");

            // a visit of 16 is booked in the room: a capacity of 10 is refused, naming the visit
            String organisation = "Reference Browser Commission " + suffix;
            UUID visit = visits.accepted(VisitsApi.request(organisation));
            JsonNode welcome = visits.tailor(visit).json().get(0);
            var moved = api.send("PATCH", "/api/v1/visits/" + visit + "/programme/items/" + welcome.path("id").asString(),
                    visits.officer(), "application/json", ("{\"minutes\":" + welcome.path("minutes").asInt()
                            + ",\"roomCode\":\"" + code + "\",\"officialId\":null}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(visits.schedule(visit, "2029-06-05T10:00").status()).isEqualTo(200);
            browser.open("/visits/rooms/" + code);
            browser.type("#capacity", "10");
            browser.submit("#save-room");
            assertThat(browser.text(".tupyo-notice.danger")).contains("A capacity of 10 is too small for 1 coming visit(s)");
            assertThat(browser.text("#affected-visits")).contains(organisation, "2029-06-05 10:00", "16 guests");
            browser.screenshot("visits-reference-2-capacity-refused");
            browser.open("/visits/officials?lang=en");
            assertThat(browser.text(room + " .room-capacity")).as("unchanged").isEqualTo("24");

            // a blackout over the booked visit is saved with a warning, and the visit shows the conflict
            browser.setValue("#add-blackout input[name=from]", "2029-06-04");
            browser.setValue("#add-blackout input[name=to]", "2029-06-06");
            browser.type("#add-blackout input[name=reasonEn]", "Building maintenance " + suffix);
            browser.type("#add-blackout input[name=reasonKo]", "청사 점검");
            browser.submit("#add-blackout button[type=submit]");
            assertThat(browser.text("#affected-visits")).contains(organisation);
            browser.open("/visits/" + visit + "?lang=en");
            assertThat(browser.text("#standing-conflicts")).contains("Building maintenance " + suffix);
            browser.open("/visits/officials?lang=en");
            browser.submit("#blackout-list li:last-child form[action$='/delete'] button");
            assertThat(browser.text(".tupyo-notice.ok")).isEqualTo("The period has been deleted.");
            browser.open("/visits/" + visit + "?lang=en");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("standing-conflicts"))).isEmpty();

            // the official retires: marked, and no longer editable
            browser.open("/visits/officials?lang=en");
            browser.submit(row + " button.retire-official");
            assertThat(browser.text(".tupyo-notice.ok")).contains("retired");
            assertThat(browser.text(row + " .official-retired")).isEqualTo("Retired");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(row + " a.edit-official"))).isEmpty();
            browser.screenshot("visits-reference-3-officials");
          } catch (RuntimeException | AssertionError e) {
            browser.screenshot("visits-reference-failed");
            throw e;
          }
        }
    }
}
