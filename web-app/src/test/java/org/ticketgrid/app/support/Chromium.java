package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real browser for page tests: Debian's headless Chromium driven by Playwright. One browser per
 * test class ({@code try (Chromium chromium = Chromium.launch())} or a field closed in
 * {@code @AfterAll}); each {@link #open} is a fresh context (its own cookies, like a new visitor)
 * with a desktop or phone viewport. Nothing is downloaded at run time: Playwright's own browser
 * download is off and the launcher installs the {@code chromium} package (see ADR 0041 / the README).
 * An HTTP client reading HTML ({@link org.ticketgrid.app.support.Browser}) is not a browser test;
 * this is.
 */
public final class Chromium implements AutoCloseable {

    /** Where Debian installs the browser; {@code TICKETGRID_CHROMIUM} overrides it. */
    public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("TICKETGRID_CHROMIUM", "/usr/bin/chromium"));

    /** The viewports every page is tried in. */
    public enum Viewport {
        DESKTOP(1366, 900, false),
        PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts headless Chromium; fails with a clear message when the package is missing. */
    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("no Chromium at " + EXECUTABLE
                    + ": the launcher installs Debian's chromium package (./ticketing test does), or set TICKETGRID_CHROMIUM");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                // Without the background-networking flags Chromium keeps calling home, which the
                // closed network here refuses many times a second.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
        return new Chromium(playwright, browser);
    }

    /** A new visitor (fresh cookies) on the given viewport, with the page already at {@code url}. */
    public Page open(Viewport viewport, String url) {
        Page page = newVisitor(viewport).newPage();
        page.navigate(url);
        return page;
    }

    /** A new visitor (fresh cookies) on the given viewport; open several pages in it for tabs. */
    public BrowserContext newVisitor(Viewport viewport) {
        return newVisitor(viewport.width, viewport.height, viewport.mobile);
    }

    /** A new visitor on a screen of any size (e.g. the narrowest phones, 360 px wide). */
    public BrowserContext newVisitor(int width, int height, boolean mobile) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(mobile)
                .setHasTouch(mobile)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation,
     * naming each rule and the elements it found.
     */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as("serious or critical accessibility violations on %s:%n%s", page.url(), describe(serious))
                .isEmpty();
    }

    /** The page is no wider than its viewport (no horizontal scrolling). */
    public static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px on %s", page.url()).isLessThanOrEqualTo(0);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
