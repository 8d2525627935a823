package cn.dangjian.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser tests: the whole application on a random port, driven through Debian's headless
 * Chromium by Playwright (no browser download). Each test gets a fresh browser context; screenshots go
 * to {@code target/e2e-screenshots/}, one per step a test names, plus one when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTree.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    private String testName;

    @BeforeAll
    void launch() {
        // On a developer machine without Chromium these tests are skipped; CI installs it, so there they run.
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "需要 /usr/bin/chromium（apt-get install chromium fonts-noto-cjk）");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @BeforeEach
    void open(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 900).setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        cspViolations.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(page.url() + ": " + message.text());
            }
        });
    }

    /** What the browser refused under the Content-Security-Policy: every page must work without any of it. */
    final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        org.assertj.core.api.Assertions.assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    @AfterAll
    void quit() {
        if (playwright != null) {
            playwright.close();
        }
    }

    void login(String username, String password) {
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForURL("**/");
    }

    /** Saves a full-page screenshot named after the test and the step, once the page has finished loading. */
    void screenshot(String step) {
        saveScreenshot(getClass().getSimpleName() + "-" + testName + "-" + step);
    }

    /** Saves a full-page screenshot as {@code target/e2e-screenshots/<name>.png}, once the page has loaded. */
    void saveScreenshot(String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
