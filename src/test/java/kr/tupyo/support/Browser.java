package kr.tupyo.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Debian Chromium driven by Selenium, for browser tests against the running test server.
 * Register it in a {@code @TupyoIntegrationTest} class:
 * <pre>{@code
 * @RegisterExtension
 * static Browser browser = new Browser();
 * ...
 * browser.signIn("officer1", "a-very-good-password");
 * assertThat(browser.text(By.id("home-role"))).isEqualTo("관리자");
 * }</pre>
 * It starts Chromium before the first use (the server's port comes from the Spring test context),
 * forgets cookies (session, language) before every test, saves a screenshot and the page source of
 * a failed test into {@code target/screenshots/}, and quits after the class. The browser asks for
 * Korean first ({@code Accept-Language: ko-KR}), like most of tupyo's users; use
 * {@link #switchLanguage(String)} for English. Every wait is bounded ({@link #TIMEOUT}).
 * <p>
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian {@code chromium},
 * {@code chromium-driver}; .ci/run installs them). Nothing is downloaded.
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback, AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = System.getProperty("tupyo.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("tupyo.test.chromedriver", "/usr/bin/chromedriver");

    private String baseUrl;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;

    /** Base URL taken from the Spring test context ({@code local.server.port}) on first use. */
    public Browser() {
    }

    /** For a server that is not a Spring test context (e.g. a jar started as a process). */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    // --- lifecycle --------------------------------------------------------------------------------------

    @Override
    public void beforeEach(ExtensionContext context) {
        if (baseUrl == null) {
            String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("no local.server.port: use @TupyoIntegrationTest (random port)");
            }
            baseUrl = "http://localhost:" + port;
        }
        if (driver != null) {
            forgetCookies();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-failed";
            try {
                Path shot = screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
                System.err.println("Browser test failed at " + driver.getCurrentUrl() + "; screenshot: "
                        + shot.toAbsolutePath());
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not save a screenshot of the failed test: " + e);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The driver, started on first use. */
    public WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private void start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        try {
            profile = Files.createTempDirectory("tupyo-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1000", "--lang=ko-KR", "--accept-lang=ko-KR,ko");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(TIMEOUT);
    }

    @Override
    public void close() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } catch (RuntimeException e) {
            System.err.println("Chromium did not quit cleanly: " + e);
        } finally {
            driver = null;
            if (service != null && service.isRunning()) {
                service.stop();
            }
            service = null;
            if (profile != null) {
                delete(profile);
                profile = null;
            }
        }
    }

    // --- navigation and reading -------------------------------------------------------------------------

    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("no base URL yet: register the Browser with @RegisterExtension");
        }
        return baseUrl;
    }

    /** Opens a path of the server ({@code /login}) and waits for the page to load. */
    public Browser open(String path) {
        driver().get(baseUrl() + path);
        waitUntil(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    /** The path (and query) of the current page. */
    public String path() {
        String url = driver().getCurrentUrl();
        return url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver(), TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(TIMEOUT, condition);
    }

    /** For what a background job does: a shared test database's job worker may first finish another test's job. */
    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), timeout).until(condition::apply);
    }

    /** Waits for the current path to start with the given one (after a redirect). */
    public void waitForPath(String prefix) {
        try {
            waitUntil(d -> path().startsWith(prefix));
        } catch (TimeoutException e) {
            throw new AssertionError("expected to reach " + prefix + " but the browser is at " + path(), e);
        }
    }

    public String text(By locator) {
        return waitFor(locator).getText().strip();
    }

    public List<String> texts(By locator) {
        waitFor(locator);
        return driver().findElements(locator).stream().map(e -> e.getText().strip()).toList();
    }

    public boolean isPresent(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    /** {@code <html lang>}: the page's language. */
    public String htmlLang() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Types into a field after clearing it. */
    public Browser type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks and, when the click submits or follows a link, waits for the next page. */
    public Browser clickAndWaitForPage(By locator) {
        WebElement element = waitFor(locator);
        element.click();
        waitUntil(ExpectedConditions.stalenessOf(element));
        waitUntil(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    // --- tupyo's own pages -------------------------------------------------------------------------------

    /** Signs in through the real form and waits to leave the sign-in page; fails when it stays there. */
    public Browser signIn(String username, String password) {
        submitSignIn(username, password);
        if (path().startsWith("/login")) {
            String notice = isPresent(By.cssSelector(".tupyo-notice")) ? text(By.cssSelector(".tupyo-notice")) : "";
            throw new AssertionError("sign-in as " + username + " failed: " + path() + " " + notice);
        }
        return this;
    }

    /** Submits the sign-in form and waits for the answer, whatever it is (the home page or the form again). */
    public Browser submitSignIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        return clickAndWaitForPage(By.id("sign-in"));
    }

    /** Presses "sign out" in the header and waits for the sign-in page. */
    public Browser signOut() {
        clickAndWaitForPage(By.cssSelector("form[action$='/logout'] button[type=submit]"));
        waitForPath("/login");
        return this;
    }

    /** Follows the 한국어 / English link in the header ({@code ko} or {@code en}). */
    public Browser switchLanguage(String lang) {
        clickAndWaitForPage(By.cssSelector("a[data-lang='" + lang + "']"));
        waitUntil(d -> lang.equals(htmlLang()));
        return this;
    }

    /** Stylesheets the page loaded, as {@code href -> number of rules} (0 or -1 when it did not load). */
    @SuppressWarnings("unchecked")
    public Map<String, Long> stylesheets() {
        return (Map<String, Long>) js("""
                const result = {};
                for (const sheet of document.styleSheets) {
                  let rules = -1;
                  try { rules = sheet.cssRules.length; } catch (e) { }
                  result[sheet.href || 'inline'] = rules;
                }
                return result;""");
    }

    /** True when the page has loaded a web font of that family (after {@code document.fonts.ready}). */
    public boolean fontLoaded(String family) {
        return Boolean.TRUE.equals(js("""
                const family = arguments[0];
                return document.fonts.ready.then(() => [...document.fonts].some(
                    f => f.family.replace(/["']/g, '') === family && f.status === 'loaded'));""", family));
    }

    /** The computed value of a CSS property of the first element found. */
    public String style(By locator, String property) {
        return waitFor(locator).getCssValue(property);
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            driver();
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the session and language cookies, as a new visitor. */
    public void forgetCookies() {
        if (driver != null && baseUrl != null) {
            if (!driver.getCurrentUrl().startsWith(baseUrl)) {
                driver.get(baseUrl + "/favicon.ico");
            }
            driver.manage().deleteAllCookies();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a temporary profile
        }
    }
}
