package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** The station console in Chromium: scan → sign → issue → print. */
@EarlyVotingIntegrationTest
class EarlyVotingConsoleBrowserIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiClient api;

    @Test
    void anOperatorScansTheCardTheVoterSignsAndTheBallotsPrint() {
        var s = fixture.sample();
        fixture.at(DAY_1, java.time.LocalTime.of(6, 30));
        String username = "ev-operator-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "사전투표 사무원", Role.STATION_OPERATOR, s.seoulStation, "operator-password-1");
        String rrn = s.voter("박지민", CHEONGUN, new kr.tupyo.earlyvoting.internal.VoterOnList.Listing.OnList());

        browser.signIn(username, "operator-password-1");
        assertThat(browser.texts(By.cssSelector(".tupyo-tile strong"))).contains("사전투표 본인확인·교부");
        browser.open("/early-voting/station");
        browser.js("var s = document.getElementById('ev-election'); s.value = arguments[0];", s.election.toString());
        click("ev-open");
        browser.waitUntil(d -> "open".equals(d.findElement(By.id("ev-station-status")).getDomAttribute("data-state")));

        // the scanner types into the focused field and presses Enter
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("ev-scan");
        new Actions(browser.driver()).sendKeys(rrn.substring(0, 6) + "-" + rrn.substring(6)).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "ELIGIBLE".equals(d.findElement(By.id("ev-status")).getDomAttribute("data-status")));
        assertThat(browser.text(By.id("ev-voter-name"))).isEqualTo("박지민");
        assertThat(browser.text(By.id("ev-voter-rrn"))).endsWith("******");
        assertThat(browser.text(By.id("ev-voter-district"))).startsWith("관내");
        assertThat(browser.text(By.id("ev-voter-contests"))).contains("비례대표");
        assertThat(browser.driver().findElement(By.id("ev-issue")).isEnabled()).as("not before signing").isFalse();

        var pad = browser.waitFor(By.id("ev-signature"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser.driver()).moveToElement(pad, -100, 0).clickAndHold().moveByOffset(60, 30).moveByOffset(60, -40)
                .moveByOffset(50, 20).release().perform();
        browser.waitUntil(d -> d.findElement(By.id("ev-issue")).isEnabled());
        click("ev-issue");
        browser.waitUntil(d -> !d.findElement(By.id("ev-issued-text")).getText().isEmpty());
        assertThat(browser.text(By.id("ev-issued-text"))).contains("교부");
        assertThat(browser.text(By.id("ev-status"))).as("the result stays until the next scan").contains("교부 가능");

        click("ev-print");
        browser.waitUntil(d -> "ballots.pdf".equals(d.findElement(By.id("ev-print-status")).getDomAttribute("data-printed")));
        assertThat(browser.driver().getWindowHandles()).as("the PDF opened for printing").hasSizeGreaterThan(1);

        // printed once: a second fetch is refused
        click("ev-print");
        browser.waitUntil(d -> d.findElement(By.id("ev-error")).isDisplayed());
        assertThat(browser.driver().findElement(By.id("ev-error")).getDomAttribute("data-code")).isEqualTo("BALLOTS_ALREADY_PRINTED");

        // the same person scanned again: already issued, here and now
        assertThat(browser.js("return document.activeElement.id")).as("the scan field keeps the focus").isEqualTo("ev-scan");
        new Actions(browser.driver()).sendKeys(rrn).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "ALREADY_ISSUED".equals(d.findElement(By.id("ev-status")).getDomAttribute("data-status")));
        assertThat(browser.text(By.id("ev-status"))).contains("청운효자동 사전투표소");
        assertThat(browser.driver().findElement(By.id("ev-sign")).isDisplayed()).isFalse();
        browser.screenshot("earlyvoting-console-ko");
    }

    /** Scrolls the button into view and clicks it as a person would. */
    private static void click(String id) {
        var button = browser.waitFor(By.id(id));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.waitUntil(d -> d.findElement(By.id(id)).isEnabled());
        browser.js("arguments[0].click()", button); // the pad's pointer capture can shadow a native click at the page end
    }
}
