package kr.tupyo.earlyvoting;

import static kr.tupyo.earlyvoting.EarlyVotingFixture.CHEONGUN;
import static kr.tupyo.earlyvoting.EarlyVotingFixture.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.PdfPages;
import kr.tupyo.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor's spoil-and-reissue form in Chromium: an operator issues and prints; the operator
 * has no form and is refused when posting one; the supervisor sees today's issuances (no voter, no
 * serial), approves the reissue with a reason and the spoiled serials, and fetches the new ballots
 * once. The spoiled papers' serials are refused from then on.
 */
@EarlyVotingIntegrationTest
class EarlyVotingSpoilBrowserIT {

    /** Fetches a URL from the page, answering {status, code, pdf (base64)}. */
    private static final String FETCH = """
            var url = arguments[0], method = arguments[1] || 'GET', body = arguments[2];
            var root = document.getElementById('ev-console'), headers = {};
            headers[root.dataset.csrfHeader] = root.dataset.csrf;
            if (body) { headers['Content-Type'] = 'application/x-www-form-urlencoded'; }
            return fetch(url, {method: method, headers: headers, body: body, credentials: 'same-origin'}).then(function (r) {
              if (r.status === 200 && (r.headers.get('Content-Type') || '').indexOf('application/pdf') === 0) {
                return r.arrayBuffer().then(function (b) { return {status: 200, pdf: window.__b64(b)}; });
              }
              return r.text().then(function (t) {
                var code = ''; try { code = JSON.parse(t).code || ''; } catch (e) { }
                return {status: r.status, code: code};
              });
            });""";
    private static final String HELPERS = """
            window.__b64 = function (buf) {
              var bytes = new Uint8Array(buf), s = '';
              for (var i = 0; i < bytes.length; i += 0x8000) { s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)); }
              return btoa(s);
            };
            // the printer's copy: the PDF the console hands to a new tab for printing
            window.__printed = [];
            var createObjectURL = URL.createObjectURL;
            URL.createObjectURL = function (blob) {
              blob.arrayBuffer().then(function (b) { window.__printed.push(window.__b64(b)); });
              return createObjectURL.call(URL, blob);
            };
            window.open = function () { return null; };""";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    EarlyVotingFixture fixture;
    @Autowired
    StaffAccounts accounts;

    @Test
    void aSupervisorSpoilsWithAReasonAndTheReissuedBallotsPrintOnce() {
        var s = fixture.sample();
        fixture.at(DAY_1, java.time.LocalTime.of(7, 10));
        s.open(s.seoulStation, DAY_1);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("ev-op-" + suffix, "사전투표 사무원", Role.STATION_OPERATOR, s.seoulStation, "operator-password-1");
        accounts.create("ev-sup-" + suffix, "사전투표 관리관", Role.STATION_SUPERVISOR, s.seoulStation, "supervisor-password-1");
        String rrn = s.voter("한예슬", CHEONGUN, new kr.tupyo.earlyvoting.internal.VoterOnList.Listing.OnList());
        String console = "/early-voting/station?election=" + s.election;

        // the operator identifies, the voter signs, the ballots are issued and printed
        browser.signIn("ev-op-" + suffix, "operator-password-1");
        browser.open(console);
        assertThat(browser.isPresent(By.id("ev-spoil"))).as("operators have no spoil form").isFalse();
        browser.js(HELPERS);
        browser.waitFor(By.id("ev-scan"));
        browser.js("document.getElementById('ev-scan').focus()");
        new Actions(browser.driver()).sendKeys(rrn).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "ELIGIBLE".equals(d.findElement(By.id("ev-status")).getDomAttribute("data-status")));
        var pad = browser.waitFor(By.id("ev-signature"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser.driver()).moveToElement(pad, -100, 0).clickAndHold().moveByOffset(60, 30).moveByOffset(60, -40)
                .release().perform();
        browser.waitUntil(d -> d.findElement(By.id("ev-issue")).isEnabled());
        click("ev-issue");
        browser.waitUntil(d -> !d.findElement(By.id("ev-issued-text")).getText().isEmpty());
        click("ev-print");
        browser.waitUntil(d -> Long.valueOf(1).equals(browser.js("return window.__printed.length")));
        List<PdfPages.Page> first = PdfPages.pages(Base64.getDecoder().decode((String) browser.js("return window.__printed[0]")));
        assertThat(first).hasSize(2);
        List<String> spoiled = first.stream().map(PdfPages.Page::barcode).toList();
        assertThat(spoiled).allMatch(serial -> serial != null && serial.matches("1-\\d{13}"));

        // an operator posting the form anyway is refused
        @SuppressWarnings("unchecked")
        var byOperator = (Map<String, Object>) browser.js(FETCH, "/early-voting/station/spoils", "POST",
                "issuanceId=" + UUID.randomUUID() + "&reason=x&serials=" + spoiled.getFirst());
        assertThat(byOperator.get("status")).isEqualTo(403L);

        // the supervisor sees today's issuance without voter or serial, and approves the reissue
        browser.forgetCookies();
        browser.signIn("ev-sup-" + suffix, "supervisor-password-1");
        browser.open(console);
        browser.waitFor(By.id("ev-issuances"));
        assertThat(browser.driver().findElements(By.cssSelector("#ev-issuances .ev-issuance-row"))).hasSize(1);
        String section = browser.text(By.id("ev-spoil"));
        assertThat(section).doesNotContain("한예슬").doesNotContain(spoiled.get(0)).doesNotContain(spoiled.get(1));
        assertThat(browser.driver().getPageSource()).doesNotContain(spoiled.get(0)).doesNotContain(spoiled.get(1));
        browser.screenshot("earlyvoting-spoil-form-ko");

        browser.type(By.id("ev-spoil-reason"), "지역구 투표용지 잉크 번짐");
        browser.type(By.id("ev-spoil-serials"), String.join("\n", spoiled));
        submit("ev-spoil-submit");
        browser.waitFor(By.id("ev-reissued"));
        assertThat(browser.text(By.cssSelector(".tupyo-notice.ok"))).contains("무효");
        String reissuedUrl = browser.driver().findElement(By.id("ev-reissued-link")).getDomAttribute("href");
        assertThat(reissuedUrl).endsWith("/ballots.pdf");
        assertThat(browser.driver().getPageSource()).as("the serials are not echoed").doesNotContain(spoiled.get(0));

        // the reissued ballots are fetched once, with new serials
        browser.js(HELPERS);
        @SuppressWarnings("unchecked")
        var reissued = (Map<String, Object>) browser.js(FETCH, reissuedUrl);
        assertThat(reissued.get("status")).isEqualTo(200L);
        List<String> fresh = PdfPages.pages(Base64.getDecoder().decode((String) reissued.get("pdf"))).stream()
                .map(PdfPages.Page::barcode).toList();
        assertThat(fresh).hasSize(2).doesNotContainAnyElementsOf(spoiled);
        @SuppressWarnings("unchecked")
        var again = (Map<String, Object>) browser.js(FETCH, reissuedUrl);
        assertThat(again.get("status")).isEqualTo(410L);
        assertThat(again.get("code")).isEqualTo("BALLOTS_ALREADY_PRINTED");

        // the spoiled papers are void: offering them again is refused
        browser.open(console);
        browser.type(By.id("ev-spoil-reason"), "다시");
        browser.type(By.id("ev-spoil-serials"), String.join("\n", spoiled));
        submit("ev-spoil-submit");
        assertThat(browser.text(By.cssSelector(".tupyo-notice.danger"))).isNotBlank();
        assertThat(browser.isPresent(By.id("ev-reissued"))).isFalse();
        assertThat(browser.driver().findElement(By.id("ev-spoil-reason")).getDomProperty("value"))
                .as("the reason is kept for a correction").isEqualTo("다시");
    }

    /** Presses a form's submit button as a person would, and waits for the next page. */
    private static void submit(String id) {
        var page = browser.driver().findElement(By.tagName("html"));
        click(id);
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        browser.waitUntil(d -> "complete".equals(browser.js("return document.readyState")));
    }

    private static void click(String id) {
        var button = browser.waitFor(By.id(id));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.waitUntil(d -> d.findElement(By.id(id)).isEnabled());
        browser.js("arguments[0].click()", button);
    }
}
