package kr.tupyo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.Browser;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in through the real form in Chromium: the role's home page, the language switch, signing out. */
@TupyoIntegrationTest
class SignInBrowserIT {

    private static final String PASSWORD = "browser-password-1";
    private static final By TILES = By.cssSelector(".tupyo-tile strong");

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffAccounts accounts;

    @Test
    void administratorSeesTheirHomeInKoreanAndEnglishAndSignsOut() throws Exception {
        accounts.create("browser-admin", "브라우저 관리자", Role.ADMIN, null, PASSWORD);

        browser.open("/login");
        assertThat(browser.htmlLang()).as("a Korean browser gets Korean").isEqualTo("ko");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("tupyo 로그인");

        browser.signIn("browser-admin", PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text(By.id("signed-in-user"))).isEqualTo("browser-admin");
        assertThat(browser.text(By.id("home-role"))).isEqualTo("시스템 관리자");
        assertThat(browser.texts(TILES)).containsSubsequence("직원 계정", "API 토큰", "감사 기록");
        assertThat(browser.driver().getTitle()).isEqualTo("홈");

        // The KRDS look: both stylesheets loaded, KRDS rules in effect.
        Map<String, Long> sheets = browser.stylesheets();
        assertThat(sheets).hasEntrySatisfying(browser.baseUrl() + "/vendor/krds/cdn/krds.min.css",
                rules -> assertThat(rules).isGreaterThan(100));
        assertThat(sheets).hasEntrySatisfying(browser.baseUrl() + "/css/tupyo.css",
                rules -> assertThat(rules).isGreaterThan(10));
        assertThat(browser.style(By.cssSelector("form[action$='/logout'] button"), "border-radius"))
                .as("KRDS buttons are rounded").isNotEqualTo("0px");
        assertThat(browser.style(By.cssSelector(".tupyo-tiles"), "display")).isEqualTo("grid");
        assertThat(browser.fontLoaded("Pretendard GOV")).as("the KRDS typeface is served and used").isTrue();
        assertThat(browser.style(By.cssSelector(".tupyo-tile strong"), "font-size"))
                .as("tile titles are not shrunk by KRDS's 10px root font size").isEqualTo("18px");
        var brand = browser.waitFor(By.cssSelector(".tupyo-brand")).getRect();
        var utility = browser.waitFor(By.cssSelector(".tupyo-utility")).getRect();
        assertThat(Math.abs((brand.y + brand.height / 2) - (utility.y + utility.height / 2)))
                .as("brand and utility links share one header row").isLessThan(12);
        assertThat(utility.x).isGreaterThan(brand.x + brand.width);
        Path shot = browser.screenshot("home-admin-ko");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        browser.switchLanguage("en");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text(By.id("home-role"))).isEqualTo("Administrator");
        assertThat(browser.texts(TILES)).containsSubsequence("Staff accounts", "API tokens", "Audit log");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("What you can do");
        browser.screenshot("home-admin-en");

        // The choice is kept (cookie) on the next page, and the tile leads there.
        browser.clickAndWaitForPage(By.partialLinkText("Staff accounts"));
        assertThat(browser.path()).startsWith("/admin/accounts");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Staff accounts");

        browser.switchLanguage("ko");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("직원 계정");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.text(By.cssSelector(".tupyo-notice.ok"))).isEqualTo("로그아웃했습니다.");
        browser.open("/");
        assertThat(browser.path()).as("signed out: the home page asks for sign-in again").isEqualTo("/login");
    }

    @Test
    void eachRoleSeesItsOwnHome() {
        accounts.create("browser-observer", null, Role.OBSERVER, null, PASSWORD);
        accounts.create("browser-roll", null, Role.ROLL_OFFICER, null, PASSWORD);
        accounts.create("browser-operator", null, Role.STATION_OPERATOR, "BROWSER-01", PASSWORD);

        browser.signIn("browser-observer", PASSWORD);
        assertThat(browser.text(By.id("home-role"))).isEqualTo("참관인(조회 전용)");
        assertThat(browser.texts(TILES)).contains("감사 기록").doesNotContain("직원 계정", "API 토큰");
        browser.switchLanguage("en");
        assertThat(browser.text(By.id("home-role"))).isEqualTo("Observer (read-only)");
        browser.signOut();
        assertThat(browser.htmlLang()).as("the language choice outlives the session").isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to tupyo");

        browser.signIn("browser-roll", PASSWORD);
        assertThat(browser.text(By.id("home-role"))).isEqualTo("Voters-list officer");
        assertThat(browser.driver().findElements(TILES).stream().map(e -> e.getText().strip()))
                .doesNotContain("Staff accounts", "API tokens", "Audit log");
        browser.signOut();

        browser.signIn("browser-operator", PASSWORD);
        assertThat(browser.text(By.id("home-role"))).isEqualTo("Station operator");
        browser.open("/admin/accounts");
        assertThat(browser.driver().getPageSource()).doesNotContain("browser-observer");
        browser.open("/");
        browser.signOut();
    }

    @Test
    void wrongPasswordShowsTheErrorAndStaysSignedOut() {
        accounts.create("browser-wrong", null, Role.ROLL_OFFICER, null, PASSWORD);

        browser.submitSignIn("browser-wrong", "not-the-password");
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text(By.cssSelector(".tupyo-notice.danger"))).isEqualTo("아이디 또는 비밀번호가 올바르지 않습니다.");
        assertThat(browser.isPresent(By.id("signed-in-user"))).isFalse();

        // The language can be switched before signing in.
        browser.switchLanguage("en");
        assertThat(browser.path()).isEqualTo("/login?lang=en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to tupyo");
        assertThat(browser.text(By.id("sign-in"))).isEqualTo("Sign in");


        browser.signIn("browser-wrong", PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
    }
}
