package kr.tupyo.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.registry.RegisterFixtures;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.Browser;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A roll officer in Chromium: compile → a citizen inspects and objects → the officer decides → finalise. */
@TupyoIntegrationTest
class RollBrowserIT {

    private static final String PASSWORD = "roll-browser-password-1";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    /** Scrolls the button to the middle of the window at once (KRDS scrolls smoothly, and a click lands before it ends). */
    private static void press(By button) {
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", browser.waitFor(button));
        browser.clickAndWaitForPage(button);
    }

    /**
     * Waits for the page to have reloaded itself with the job finished and the list in that status. On a timeout it says
     * what the page and the jobs' rows showed: one CI run timed out here (after 15 s) and left nothing to go on.
     */
    private void waitForJob(String box, String status, String electionId) {
        try {
            browser.waitUntil(JOB_TIMEOUT, d -> !d.findElements(By.cssSelector("#roll-status[data-status='" + status + "']")).isEmpty()
                    && !d.findElements(By.cssSelector("#" + box + "[data-finished='true']")).isEmpty());
        } catch (TimeoutException e) {
            String page = browser.isPresent(By.id(box)) ? browser.driver().findElement(By.id(box)).getAttribute("outerHTML")
                    : "no #" + box;
            throw new AssertionError("the page did not show the list " + status + " with its job finished within " + JOB_TIMEOUT
                    + "; page " + browser.path() + ": " + page + "; roll_jobs: " + jdbc.sql("""
                            SELECT string_agg(concat_ws(' ', kind, status, step, progress, created_at, started_at, heartbeat_at,
                                                        finished_at, message), ' | ' ORDER BY created_at)
                            FROM roll_jobs WHERE status IN ('QUEUED', 'RUNNING') OR election_id = ?::uuid""")
                    .param(electionId).query(String.class).single() + "; now " + Instant.now(), e);
        }
    }

    @Test
    void anOfficerCompilesACitizenInspectsAndObjectsTheOfficerDecidesAndFinalises() {
        RollFixtures fx = new RollFixtures(api, jdbc, true).build();
        String officer = "roll-officer-" + fx.tag;
        accounts.create(officer, "명부 담당", Role.ROLL_OFFICER, null, PASSWORD);

        browser.signIn(officer, PASSWORD);
        browser.clickAndWaitForPage(By.partialLinkText("선거인명부"));
        assertThat(browser.path()).startsWith("/roll");
        browser.clickAndWaitForPage(By.partialLinkText(fx.tag));
        assertThat(browser.text(By.id("roll-status"))).isEqualTo("미작성");

        // Compile: the page shows the job's progress and reloads itself when it has finished.
        press(By.id("compile-button"));
        waitForJob("compile-job", "COMPILED", fx.electionId);
        assertThat(browser.text(By.id("roll-voters"))).isEqualTo(Integer.toString(fx.people.size() - 5));
        assertThat(browser.texts(By.cssSelector("#roll-reasons tbody td:first-child")))
                .contains("선거일 현재 18세 미만", "사망", "선거권 없음(선거일 현재)");
        browser.screenshot("roll-compiled");

        // A citizen looks up their own entry on the public page.
        String who = fx.name("가경계");
        String number = RegisterFixtures.hyphenated(fx.people.get(who));
        browser.open("/inspection");
        new Select(browser.waitFor(By.id("inspection-election"))).selectByValue(fx.electionId);
        browser.type(By.id("inspection-name"), who).type(By.id("inspection-rrn"), number);
        press(By.id("inspection-submit"));
        assertThat(browser.text(By.id("entry-name"))).isEqualTo(who);
        assertThat(browser.text(By.id("entry-precinct"))).startsWith("청운효자동제");
        browser.screenshot("roll-inspection");

        // ... and objects that their address is written wrongly.
        new Select(browser.waitFor(By.id("objection-election"))).selectByValue(fx.electionId);
        browser.type(By.id("objection-name"), who).type(By.id("objection-rrn"), number)
                .type(By.id("objection-claim"), "도로명 주소가 잘못 적혀 있습니다");
        new Select(browser.waitFor(By.id("objection-kind"))).selectByValue("WRONG_DETAILS");
        press(By.id("inspection-object"));
        assertThat(browser.text(By.cssSelector(".tupyo-notice.ok"))).contains("접수");

        // The officer decides it with a reason.
        browser.open("/roll/" + fx.electionId);
        assertThat(browser.text(By.cssSelector("#objection-table .objection-status"))).isEqualTo("처리 전");
        browser.type(By.cssSelector("#objection-table input[name=reason]"), "주소 확인, 비고에 정정 기재");
        press(By.cssSelector("#objection-table button.accept"));
        assertThat(browser.text(By.cssSelector("#objection-table .objection-status"))).isEqualTo("인용");

        // Finalise: a job with a progress bar; the page reloads itself when it has finished.
        press(By.id("finalise-button"));
        assertThat(browser.isPresent(By.id("finalise-job"))).isTrue();
        // The list is FINALISED a moment before the job has finished (it then blocks recorded deaths), so wait
        // for both: the page must not be reloaded by the job while the court order below is typed.
        waitForJob("finalise-job", "FINALISED", fx.electionId);
        assertThat(browser.text(By.id("roll-digest"))).matches("[0-9a-f]{64}");
        assertThat(browser.isPresent(By.id("compile-button"))).isFalse();
        browser.screenshot("roll-finalised");

        // A court orders a wrongly omitted person (under age on the list) added: a new version, the next number.
        String omitted = fx.name("나하루늦음");
        new Select(browser.waitFor(By.id("correction-kind"))).selectByValue("COURT_ORDER_ADDITION");
        browser.type(By.id("correction-rrn"), RegisterFixtures.hyphenated(fx.people.get(omitted)))
                .type(By.id("correction-reason"), "서울행정법원 결정 " + fx.tag);
        press(By.id("record-correction"));
        assertThat(browser.text(By.cssSelector(".tupyo-notice.ok"))).contains("청운효자동제2투");
        assertThat(browser.texts(By.cssSelector("#correction-table tbody td"))).contains("누락된 사람 추가");
        browser.screenshot("roll-court-addition");
    }
}
