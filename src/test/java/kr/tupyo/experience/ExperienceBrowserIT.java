package kr.tupyo.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the experience room, in Chromium: the officer starts a session; a guest types the demo card's
 * number, signs and gets the specimen ballots; the same card at the other station is refused, and
 * the server screen counts it.
 */
@TupyoIntegrationTest
class ExperienceBrowserIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataProtection protection;

    @Test
    void aGuestIsIssuedBallotsOnceAndRefusedAtTheOtherStation() {
        String officer = "xp-browser-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(officer, "체험관 담당", Role.VISITS_OFFICER, null, "a-very-good-password");
        browser.signIn(officer, "a-very-good-password");
        assertThat(browser.texts(By.cssSelector(".tupyo-tile strong"))).contains("선거체험관");

        browser.open("/experience");
        assertThat(browser.text(By.cssSelector(".xp-demo-banner"))).contains("DEMO — not a real election");
        String title = "Delegation " + UUID.randomUUID().toString().substring(0, 6);
        browser.js("document.getElementById('xp-scenario').value = 'NATIONAL_ASSEMBLY'");
        browser.type(By.id("xp-title"), title);
        browser.type(By.id("xp-guests"), "4");
        browser.js("document.getElementById('xp-language').value = 'ko'");
        browser.clickAndWaitForPage(By.id("xp-create"));
        browser.waitForPath("/experience/sessions/");
        UUID session = UUID.fromString(browser.path().replaceAll(".*/experience/sessions/([0-9a-f-]{36}).*", "$1"));
        String number = new ExperienceApi(api, jdbc, protection).numbers(session).getFirst();
        String typed = number.substring(0, 6) + "-" + number.substring(6);

        // in-district station (the first one is chosen), the number typed as a scanner would
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("xp-scan");
        new Actions(browser.driver()).sendKeys(typed).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "ELIGIBLE".equals(d.findElement(By.id("xp-status")).getDomAttribute("data-status")));
        assertThat(browser.text(By.id("xp-voter-number"))).endsWith("***").doesNotContain(number.substring(10));
        assertThat(browser.text(By.id("xp-voter-district"))).startsWith("관내");
        assertThat(browser.text(By.id("xp-voter-contests"))).contains("비례대표국회의원선거");
        assertThat(browser.driver().findElement(By.id("xp-issue")).isEnabled()).as("not before signing").isFalse();

        var pad = browser.waitFor(By.id("xp-signature"));
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", pad);
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.js(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", pad)));
        new Actions(browser.driver()).moveToElement(pad, -100, 0).clickAndHold().moveByOffset(60, 30).moveByOffset(60, -40)
                .moveByOffset(50, 20).release().perform();
        browser.waitUntil(d -> d.findElement(By.id("xp-issue")).isEnabled());
        click("xp-issue");
        browser.waitFor(By.id("xp-ballots"));
        String ballots = browser.driver().findElement(By.id("xp-ballots")).getDomAttribute("href");
        assertThat(ballots).isEqualTo("/experience/sessions/" + session + "/issuances/"
                + jdbc.sql("SELECT id FROM xp_issuances WHERE session_id = ?").param(session).query(UUID.class).single()
                + "/ballots.pdf");
        assertThat(browser.driver().findElement(By.id("xp-label")).isDisplayed()).as("in-district: no envelope").isFalse();
        Object pdfType = browser.js("return fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.status + ' ' + r.headers.get('Content-Type'))", ballots);
        browser.screenshot("experience-kiosk-issued");

        // the same card at the other station
        click("xp-station-OUT_OF_DISTRICT");
        browser.driver().findElement(By.id("xp-scan")).click();
        new Actions(browser.driver()).sendKeys(number).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "ALREADY_ISSUED".equals(d.findElement(By.id("xp-status")).getDomAttribute("data-status")));
        assertThat(browser.text(By.id("xp-status"))).contains("이미 교부됨").contains("하늘동 사전투표소");
        assertThat(browser.driver().findElement(By.id("xp-sign")).isDisplayed()).isFalse();
        browser.screenshot("experience-kiosk-already-issued");

        // the integrated voters list server screen
        browser.open("/experience/sessions/" + session + "/server");
        browser.waitUntil(d -> "2".equals(d.findElement(By.id("xp-identified")).getText()));
        assertThat(browser.text(By.id("xp-issued-in"))).isEqualTo("1");
        assertThat(browser.text(By.id("xp-refused"))).isEqualTo("1");
        assertThat(browser.texts(By.cssSelector("#xp-latest tr"))).hasSize(2);
        browser.screenshot("experience-server");
        assertThat(String.valueOf(pdfType)).isEqualTo("200 application/pdf");

        // in English too, and the session on the desk
        browser.switchLanguage("en");
        assertThat(browser.text(By.cssSelector("h1"))).contains("Integrated voters list server");
        browser.waitUntil(d -> "1".equals(d.findElement(By.id("xp-refused")).getText()));
        browser.open("/experience");
        assertThat(browser.text(By.id("xp-session-list"))).contains(title).contains("National Assembly election (2 ballots)");
        browser.screenshot("experience-sessions-en");
        browser.open("/experience/sessions/" + session + "?lang=en");
        assertThat(browser.text(By.cssSelector("h1"))).contains("Try early voting");
        browser.screenshot("experience-kiosk-en");
    }

    private static void click(String id) {
        var element = browser.waitFor(By.id(id));
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        browser.js("arguments[0].click()", element);
    }
}
