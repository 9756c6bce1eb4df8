package kr.tupyo.turnout;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A precinct official in Chromium: signs in, finds the tile on their home page, sees their precinct
 * with hours 06–20, enters the 06:00 and 07:00 counts, and is told why a count below the one before is
 * refused; and the counts a precinct official entered show on the officials' dashboard: in the headline,
 * and on the hourly chart as election day continuing the early-voting curve up to final turnout.
 */
@EarlyVotingIntegrationTest
class PrecinctTurnoutBrowserIT {

    private static final String PASSWORD = "precinct-browser-1";

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

    /** The form's button, scrolled (without animation) to the middle of the window. */
    private By submit() {
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.waitFor(By.id("precinct-submit")));
        return By.id("precinct-submit");
    }

    /** The sample election's one precinct (in 사직동), imported as the commission would, and its id. */
    private long onePrecinct(EarlyVotingFixture.Sample s, String admin, String name) {
        var upload = RegistryUploads.upload(api, "/api/v1/elections/" + s.election + "/precincts", admin, "precincts.csv", """
                sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters
                서울특별시,종로구,11110,사직동,1111053000,%s,1555,823
                """.formatted(name));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        return api.get("/api/v1/elections/" + s.election + "/precincts", admin).json().get(0).path("id").asLong();
    }

    @Test
    void anOfficialEntersTheirPrecinctsHourlyCounts() {
        var s = fixture.sample();
        String admin = api.tokenFor(Role.ADMIN);
        long precinct = onePrecinct(s, admin, "사직동제1투");
        String user = "precinct-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "사직동 투표관리관", Role.PRECINCT_OFFICIAL, null, precinct, PASSWORD);
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(8, 10));

        browser.open("/login").signIn(user, PASSWORD);
        browser.clickAndWaitForPage(By.cssSelector(".tupyo-tile a[href='/turnout/precinct']"));
        assertThat(browser.text(By.id("precinct-name"))).isEqualTo("사직동제1투");
        assertThat(browser.text(By.id("precinct-election"))).contains(s.name);
        assertThat(browser.driver().findElements(By.cssSelector("#precinct-hours tbody tr"))).hasSize(15);
        assertThat(new Select(browser.waitFor(By.id("hour"))).getFirstSelectedOption().getText()).isEqualTo("06:00");

        browser.type(By.id("voters"), "35").clickAndWaitForPage(submit());
        assertThat(browser.text(By.cssSelector(".tupyo-notice.ok"))).contains("35");
        assertThat(browser.text(By.cssSelector("#precinct-hours tr[data-hour='6'] .precinct-voters"))).isEqualTo("35");
        assertThat(new Select(browser.waitFor(By.id("hour"))).getFirstSelectedOption().getText())
                .as("the next hour is offered").isEqualTo("07:00");

        browser.type(By.id("voters"), "20").clickAndWaitForPage(submit());
        assertThat(browser.text(By.cssSelector(".tupyo-notice.danger"))).contains("20", "35");
        assertThat(browser.text(By.cssSelector("#precinct-hours tr[data-hour='7'] .precinct-voters"))).isEqualTo("—");

        browser.type(By.id("voters"), "81").clickAndWaitForPage(submit());
        assertThat(browser.text(By.cssSelector("#precinct-hours tr[data-hour='7'] .precinct-voters"))).isEqualTo("81");
        var day = api.get("/api/v1/turnout/elections/" + s.election + "/election-day/precincts/" + precinct,
                api.tokenFor(Role.OBSERVER)).json();
        assertThat(day.path("latest").asLong()).as("the API agrees with the page").isEqualTo(81);
    }

    @Test
    void electionDayCountsEnteredByAnOfficialShowOnTheDashboard() {
        var s = fixture.sample();
        String admin = api.tokenFor(Role.ADMIN);
        long precinct = onePrecinct(s, admin, "사직동제2투");
        // The denominator: 1,000 electors on the finalised list (the fixture's hand-filled list has no finalisation).
        jdbc.sql("INSERT INTO turnout_electors (election_id, emd_code, electors) VALUES (?, ?, 400), (?, ?, 600)")
                .params(s.election.value(), EarlyVotingFixture.CHEONGUN, s.election.value(), EarlyVotingFixture.SAJIK).update();
        // One early voter on day 1.
        s.open(s.seoulStation, EarlyVotingFixture.DAY_1);
        fixture.at(EarlyVotingFixture.DAY_1, LocalTime.of(8, 5));
        assertThat(s.identifyAndIssue(s.seoulStation, s.voter(EarlyVotingFixture.CHEONGUN)).status()).isEqualTo(201);

        // Election day: the precinct official enters 06:00 and 07:00 in the browser.
        String official = "precinct-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(official, "사직동 투표관리관", Role.PRECINCT_OFFICIAL, null, precinct, PASSWORD);
        fixture.at(EarlyVotingFixture.ELECTION_DAY, LocalTime.of(8, 10));
        browser.open("/login").signIn(official, PASSWORD);
        browser.open("/turnout/precinct");
        browser.type(By.id("voters"), "35").clickAndWaitForPage(submit());
        browser.type(By.id("voters"), "81").clickAndWaitForPage(submit());
        assertThat(browser.text(By.cssSelector("#precinct-hours tr[data-hour='7'] .precinct-voters"))).isEqualTo("81");
        browser.signOut();

        String observer = "turnout-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(observer, "투표율 관찰자", Role.OBSERVER, null, PASSWORD);
        browser.open("/login").signIn(observer, PASSWORD);
        browser.open("/turnout?election=" + s.election);
        browser.waitFor(By.cssSelector("#turnout-dashboard[data-loaded='true']"));
        assertThat(browser.text(By.id("turnout-day"))).as("election-day voters in the headline").isEqualTo("81");
        assertThat(browser.text(By.id("turnout-national"))).as("(1 early + 81) / 1,000").isEqualTo("8.2");

        String series = "window.tupyoTurnout.hourly.getOption().series.filter(function (x) { return x.name === '선거일 (사전투표 포함)'; })";
        assertThat(browser.js("return " + series + ".length;")).as("an election-day series on the hourly chart").isEqualTo(1L);
        assertThat(browser.js("return " + series + "[0].data.filter(function (v) { return v !== null; }).map(String).join(' ');"))
                .as("from the last early-voting hour (1 of 1,000), 06:00 (1 + 35), 07:00 and 08:00 (1 + 81 carried)")
                .isEqualTo("0.1 3.6 8.2 8.2");
        assertThat(browser.js("var l = window.tupyoTurnout.hourly.getOption().xAxis[0].data; return l.slice(l.length - 3).join(', ');"))
                .isEqualTo("04-12 6:00, 04-12 7:00, 04-12 8:00");
        String seoul = "window.tupyoTurnout.hourly.getOption().series.filter(function (x) { return x.name === '서울특별시'; })[0]";
        assertThat(browser.js("return " + seoul + ".data.slice(-3).map(String).join(' ');"))
                .as("the 시도's own line runs on through election day: Seoul's electors are all of the 1,000")
                .isEqualTo("3.6 8.2 8.2");
    }
}
