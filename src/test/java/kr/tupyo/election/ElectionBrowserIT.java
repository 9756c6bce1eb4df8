package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.registry.RegistryUploads;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator in Chromium: creates an election, uploads the precinct table with the progress bar, browses a 시군구. */
@TupyoIntegrationTest
class ElectionBrowserIT {

    static final String PASSWORD = "browser-election-1";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiClient api;

    @Test
    void adminCreatesAnElectionUploadsPrecinctsAndBrowsesARegion() {
        RegistryUploads.ensureKr2022Divisions(api);
        String username = "election-browser-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, null, Role.ADMIN, null, PASSWORD);
        browser.open("/login").signIn(username, PASSWORD);
        browser.open("/elections");
        String name = "제20대 대통령선거 " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("name"), name);
        browser.js("document.getElementById('electionDay').value = '2022-03-09';"
                + "document.getElementById('type').value = 'PRESIDENTIAL';");
        clickAndWaitForPage(By.cssSelector("#new-election button[type=submit]"));
        browser.waitForPath("/elections/");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        assertThat(browser.texts(By.cssSelector("#timeline > li"))).hasSize(6);
        assertThat(browser.text(By.id("timeline"))).contains("2022-02-09", "2022-03-04", "06:00–18:00");

        Path file = Path.of(System.getProperty("user.dir"), "..", "shared", "data", "kr-2022", "precincts.csv")
                .toAbsolutePath().normalize();
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        click(By.cssSelector("#precinct-upload button[type=submit]"));
        browser.waitFor(By.cssSelector("#import-result-slot #import-result"));
        assertThat(browser.text(By.id("import-result-slot"))).contains("14,464");
        assertThat(browser.js("return document.querySelector('#precinct-upload progress').value")).isEqualTo(100L);

        String electionPath = browser.path();
        clickAndWaitForPage(By.cssSelector("form[action$='/stations/generate'] button"));
        assertThat(browser.driver().getPageSource()).contains("3,512");
        browser.open(electionPath + "?sgg=11110");
        browser.js("document.getElementById('sgg-detail').scrollIntoView({behavior: 'instant'});");
        browser.screenshot("election-page-region");
        assertThat(browser.texts(By.cssSelector("#precincts-table tbody tr")).size()).isGreaterThan(30);
        assertThat(browser.text(By.id("stations-table"))).contains("EV-1111051500-1", "청운효자동 사전투표소");
        assertThat(browser.text(By.id("sido-counts"))).contains("서울특별시", "세종특별자치시");
    }

    /**
     * Scrolls the element to the middle first: pages are long (other tests' elections fill the list)
     * and KRDS scrolls smoothly, so without an instant jump the click lands where the button was.
     */
    static WebElement click(By locator) {
        WebElement element = browser.waitFor(locator);
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        return element;
    }

    static void clickAndWaitForPage(By locator) {
        WebElement element = click(locator);
        browser.waitUntil(ExpectedConditions.stalenessOf(element));
        browser.waitUntil(d -> "complete".equals(browser.js("return document.readyState")));
    }
}
