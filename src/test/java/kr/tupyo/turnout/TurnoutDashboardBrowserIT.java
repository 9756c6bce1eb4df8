package kr.tupyo.turnout;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.JUNGANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingFixture;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officials' dashboard in Chromium with the kr-2022 시군구 boundaries imported: the hourly line, the
 * 시도 bar and the choropleth are drawn (chart instances hold the series, the map canvas has coloured
 * pixels), the previous election's curve is overlaid, a new issuance appears without reloading the page,
 * and the public page draws its map without sign-in; on the public page a voter chooses their 시군구 and
 * sees its stations with the shortest estimated wait first.
 */
@EarlyVotingIntegrationTest
class TurnoutDashboardBrowserIT {

    private static final String PASSWORD = "turnout-browser-1";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** Non-white, non-transparent pixels of the first canvas inside the element. */
    private long colouredPixels(String elementId) {
        Object n = browser.js("""
                var c = document.querySelector('#' + arguments[0] + ' canvas');
                if (!c) { return -1; }
                var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, k = 0;
                for (var i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) { k++; } }
                return k;""", elementId);
        return ((Number) n).longValue();
    }

    @Test
    void theDashboardDrawsTheChartsAndTheChoroplethOfTheKr2022Boundaries() throws Exception {
        var s = fixture.sample();
        s.open(s.seoulStation, DAY_1);
        s.open(s.busanStation, DAY_1);
        fixture.at(DAY_1, LocalTime.of(8, 5));
        s.identifyAndIssue(s.seoulStation, s.voter(CHEONGUN));
        s.identifyAndIssue(s.busanStation, s.voter(JUNGANG));
        s.identifyAndIssue(s.busanStation, s.voter(CHEONGUN));
        fixture.at(DAY_1, LocalTime.of(9, 30));

        byte[] geojson = Files.readAllBytes(Path.of(System.getProperty("user.dir")).resolve("../shared/data/kr-2022/sgg.geojson").normalize());
        var imported = RegistryUploads.upload(api, "/api/v1/turnout/boundaries", api.tokenFor(Role.ADMIN), "sgg.geojson", geojson);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("features").asInt()).isEqualTo(250);

        var curve = RegistryUploads.upload(api, "/api/v1/turnout/elections/" + s.election + "/previous-curve",
                api.tokenFor(Role.ADMIN), "curve.csv", Files.readAllBytes(Path.of("docs/formats/examples/turnout-previous-curve.csv")));
        assertThat(curve.status()).as(curve.toString()).isEqualTo(200);

        String user = "turnout-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "투표율 관찰자", Role.OBSERVER, null, PASSWORD);
        browser.open("/login").signIn(user, PASSWORD);
        browser.open("/turnout?election=" + s.election);
        browser.waitFor(By.cssSelector("#turnout-dashboard[data-loaded='true']"));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("return !!(window.tupyoTurnout && window.tupyoTurnout.map "
                + "&& window.tupyoTurnout.map.getOption() && window.tupyoTurnout.map.getOption().series.length);")));

        assertThat(browser.text(By.id("turnout-in"))).isEqualTo("2");
        assertThat(browser.text(By.id("turnout-out"))).isEqualTo("1");
        assertThat(((Number) browser.js("return window.tupyoTurnout.map.getOption().series[0].data.length;")).intValue())
                .as("one value per 시군구").isGreaterThanOrEqualTo(250);
        assertThat(browser.js("return window.tupyoTurnout.map.getOption().series[0].type;")).isEqualTo("map");
        assertThat(((Number) browser.js("return window.tupyoTurnout.hourly.getOption().series[0].data.length;")).intValue())
                .as("hours 06–09 of day 1 have begun by 09:30").isEqualTo(4);
        assertThat(((Number) browser.js("return window.tupyoTurnout.sido.getOption().yAxis[0].data.length;")).intValue())
                .isEqualTo(17);
        browser.waitUntil(d -> colouredPixels("map-sgg") > 5_000);
        assertThat(colouredPixels("chart-hourly")).isPositive();
        assertThat(colouredPixels("chart-sido")).isPositive();
        // Station load: nothing until an area is chosen, then that area's stations only.
        assertThat(browser.isPresent(By.cssSelector("#turnout-load tbody tr"))).isFalse();
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("turnout-load-area"))).selectByValue("26110");
        browser.waitUntil(d -> browser.isPresent(By.cssSelector("#turnout-load tbody tr")));
        assertThat(browser.texts(By.cssSelector("#turnout-load tbody tr td:first-child"))).containsExactly("중앙동 사전투표소");
        assertThat(browser.driver().findElement(By.id("turnout-load-choose")).isDisplayed()).isFalse();
        assertThat(browser.js("""
                return window.tupyoTurnout.hourly.getOption().series
                    .filter(function (x) { return x.name.indexOf('제20대 대통령선거') >= 0 && x.lineStyle.type === 'dashed'; }).length;"""))
                .as("the previous election's curve is overlaid, dashed").isEqualTo(1L);

        // Live: a new issuance shows on the open page without reloading it (the page polls).
        s.identifyAndIssue(s.seoulStation, s.voter(CHEONGUN));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(45))
                .until(d -> "3".equals(browser.js("return document.getElementById('turnout-in').textContent;")));
        assertThat(browser.text(By.id("turnout-out"))).isEqualTo("1");

        // The public page draws the same map without an account.
        browser.js("window.scrollTo({top: 0, behavior: 'instant'});");
        browser.signOut();
        browser.open("/public/turnout?election=" + s.election);
        assertThat(browser.text(By.id("public-headline"))).contains("09:00");
        browser.waitFor(By.cssSelector("#turnout-public[data-loaded='true']"));
        browser.waitUntil(d -> colouredPixels("map-sgg") > 5_000);

        // Station staff see their own station's reconciliation page.
        String supervisor = "turnout-sv-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(supervisor, "정산 확인", Role.STATION_SUPERVISOR, s.busanStation, PASSWORD);
        browser.open("/login").signIn(supervisor, PASSWORD);
        browser.open("/turnout/station");
        assertThat(browser.text(By.id("station-code"))).isEqualTo(s.busanStation);
        assertThat(browser.texts(By.cssSelector(".turnout-station-day h2"))).anySatisfy(t -> assertThat(t).contains(s.name));
    }

    @Test
    void aVoterChoosesTheirDistrictAndSeesItsQuietestStationFirst() {
        var s = fixture.sample();
        var created = api.postJson("/api/v1/elections/" + s.election + "/stations", api.tokenFor(Role.ADMIN),
                java.util.Map.of("emdCode", EarlyVotingFixture.SAJIK, "name", "사직동 사전투표소", "address", "서울 종로구 사직로 1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // 30 arrivals at 청운효자동 in the last quarter hour (2 a minute: "about 60 min"), none at 사직동.
        jdbc.sql("INSERT INTO turnout_station_minutes (election_id, station_code, minute, issued) VALUES (?, ?, ?, 30)")
                .params(s.election.value(), s.seoulStation, java.sql.Timestamp.from(java.time.LocalDateTime.of(DAY_1, LocalTime.of(10, 2))
                        .atZone(kr.tupyo.platform.KoreaTime.ZONE).toInstant())).update();
        fixture.at(DAY_1, LocalTime.of(10, 10));

        browser.open("/public/turnout?election=" + s.election);
        assertThat(browser.isPresent(By.id("public-load"))).as("no list of the whole country").isFalse();
        assertThat(browser.isPresent(By.id("public-load-choose"))).isTrue();
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("public-load-area"))).selectByValue("11110");
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.waitFor(By.id("public-load-show")));
        browser.clickAndWaitForPage(By.id("public-load-show"));

        assertThat(browser.driver().getCurrentUrl()).contains("area=11110");
        assertThat(browser.text(By.id("public-load-sorted"))).contains("종로구");
        assertThat(browser.texts(By.cssSelector("#public-load tbody tr td:first-child")))
                .as("종로구 only, the quiet 사직동 first").containsExactly("사직동 사전투표소", "청운효자동 사전투표소");
        assertThat(browser.texts(By.cssSelector("#public-load tbody tr td.load-wait"))).containsExactly("약 0분", "약 60분");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("public-load-area")))
                .getFirstSelectedOption().getAttribute("value")).as("the choice stays selected").isEqualTo("11110");
    }
}
