package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Base of the real-browser tests, which run inside {@code @QuarkusTest} against the app on its test port.
 * One headless Chromium per test class (launching is the slow part), a fresh context per test; a test fails
 * on whatever {@link PageWatch} saw go wrong in its pages (console errors, CSP violations, uncaught errors).
 * <p>
 * Needs Debian's Chromium ({@code apt-get install -y --no-install-recommends chromium}); without it the tests
 * fail, unless {@code -Ddeload.e2e.skip=true} skips them. Select them with {@code -Dgroups=browser}.
 */
@Tag("browser")
public abstract class BrowserTest {

    static final String SKIP_PROPERTY = "deload.e2e.skip";
    /** Debian's package by default; another machine may point elsewhere with -Ddeload.e2e.chromium=... */
    static final Path CHROMIUM = Paths.get(System.getProperty("deload.e2e.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** We run as root in CI, which Chromium's sandbox refuses; the rest keeps a headless run quiet and quick. */
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync");
    private static final double TIMEOUT_MS = 10_000;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    private final List<BrowserContext> contexts = new ArrayList<>();
    final PageWatch watch = new PageWatch();

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "Browser tests skipped because -D" + SKIP_PROPERTY + "=true");
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Browser tests need Chromium at " + CHROMIUM + ": install it with "
                    + "`apt-get install -y --no-install-recommends chromium`, or skip these tests with -D"
                    + SKIP_PROPERTY + "=true (or -DexcludedGroups=browser).");
        }
        // Generous for a busy 2-core CI machine; a passing wait returns as soon as the page is there.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
        playwright = null;
        browser = null;
    }

    /** Closing the contexts first delivers any event still in flight to the watch. */
    @AfterEach
    void closeContextsAndCheckPages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        List<String> problems = watch.drain();
        if (!problems.isEmpty()) {
            fail("The browser reported problems:\n  " + String.join("\n  ", problems));
        }
    }

    /** A fresh, signed-out desktop browser window (1366×900). */
    protected BrowserContext desktop() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
    }

    /** A fresh, signed-out phone (390×844 at 2×, touch). */
    protected BrowserContext phone() {
        return newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL(base.toString()).setLocale("en-GB"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.onPage(watch::watch);
        contexts.add(context);
        return context;
    }

    /** Signs in through the login form and waits for the landing page; fails with the page's message if refused. */
    protected void signIn(Page page, String username, String password) {
        submitSignIn(page, username, password);
        page.waitForURL(url -> !url.endsWith("/login"));
        if (page.url().contains("/login")) {
            fail("Sign-in as " + username + " was refused: " + page.locator("main").innerText());
        }
    }

    /** Fills and sends the login form without judging the outcome. */
    protected void submitSignIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Saves a full-page PNG as target/screenshots/&lt;TestClass&gt;-&lt;name&gt;.png. */
    protected Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The page's main navigation (top bar). */
    protected static Locator mainNavigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    protected static Locator link(Locator scope, String exactName) {
        return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(exactName).setExact(true));
    }

    protected static Locator button(Page page, String exactName) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(exactName).setExact(true));
    }

    /** The one-shot flash message under the top bar. */
    protected static void assertFlash(Page page, String text) {
        assertThat(page.locator("p.flash")).hasText(text);
    }

    /** The document is no wider than the viewport: nothing scrolls sideways. */
    protected static void assertNoOverflow(Page page, int width) {
        Object documentWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertEquals(width, ((Number) documentWidth).intValue(), () -> "document width of " + page.url() + " at "
                + width + " px, too wide: " + page.evaluate(WIDEST_ELEMENTS));
    }

    /**
     * The outermost elements reaching past the viewport, not counting those a scrolling box clips; a positioned
     * element escapes the box it sits in unless the box is its containing block.
     */
    private static final String WIDEST_ELEMENTS = """
            () => {
              const w = document.documentElement.clientWidth;
              const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
              const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (scrolls(p)) return true; } return false; };
              const wide = e => e.getBoundingClientRect().right > w + 0.5;
              return [...document.querySelectorAll('body *')]
                .filter(e => wide(e) && (['absolute', 'fixed'].includes(getComputedStyle(e).position)
                    || !inScroller(e) && !(e.parentElement && wide(e.parentElement))))
                .slice(0, 6)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                .join(', ');
            }""";

    /** Every visible navigation and action link or button is at least 44 px tall, a thumb's target. */
    protected static void assertTapTargets(Page page) {
        Object small = page.evaluate(SMALL_TARGETS);
        assertEquals("", small, "tap targets under 44 px on " + page.url());
    }

    private static final String SMALL_TARGETS = """
            () => [...document.querySelectorAll('nav a, .actions a, .actions button, a.button, button.primary, button.secondary')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .filter(e => e.getBoundingClientRect().height < 43.5)
              .map(e => '"' + e.textContent.trim().replace(/\\s+/g, ' ') + '" (' + Math.round(e.getBoundingClientRect().height) + ' px)')
              .join(', ')""";

    /** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertNull(results.getErrorMessage(), "axe-core could not check " + page.url());
        assertFalse(results.getPasses().isEmpty(), "axe-core checked nothing on " + page.url());
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertEquals(List.of(), blocking.stream().map(BrowserTest::describe).toList(),
                "accessibility violations on " + page.url());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("; "));
    }
}
