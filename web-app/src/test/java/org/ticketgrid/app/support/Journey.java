package org.ticketgrid.app.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A buyer's steps through the pages in a real browser ({@link Chromium}): sign in, choose seats on
 * the map, hold, check out, pay with a sandbox test card, wait for the confirmation. Each step
 * clicks what a person would click and waits for what a person would see.
 */
public final class Journey {

    private static final Pattern CONFIRMATION = Pattern.compile(".*/orders/[0-9a-f-]{36}$");

    private final Page page;
    private final String base;

    public Journey(Page page, int port) {
        this.page = page;
        this.base = "http://localhost:" + port;
    }

    public Page page() {
        return page;
    }

    public String url(String path) {
        return base + path;
    }

    public Journey signIn(String email, String password) {
        page.navigate(url("/signin"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit].wide").click();
        page.waitForURL(url -> !url.contains("/signin"));
        return this;
    }

    public Journey openEvent(String eventId) {
        page.navigate(url("/events/" + eventId));
        return this;
    }

    /** Clicks the seats on the map, then "Hold seats", and waits for the held panel. */
    public Journey hold(List<Long> seatIds) {
        for (long seat : seatIds) {
            Locator rect = page.locator("#s" + seat);
            rect.scrollIntoViewIfNeeded();
            rect.dispatchEvent("click"); // a tap on the seat (the map may be zoomed out on a phone)
        }
        assertThat(page.locator(".selection li")).hasCount(seatIds.size());
        page.locator("#hold-form button.hold-button").click();
        assertThat(page.locator("#hold-panel h2")).hasText("Your seats are held");
        return this;
    }

    /** From a held panel: Checkout, the review page, Continue to payment; ends on the payment page. */
    public Journey checkout() {
        page.locator("#hold-panel a.checkout-button").first().click();
        assertThat(page.locator("h1")).hasText("Checkout");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
        page.waitForURL(Pattern.compile(".*/orders/[0-9a-f-]{36}/pay$"));
        return this;
    }

    /** On the payment page: picks the sandbox card and pays; waits for the confirmation page. */
    public String pay(String card) {
        page.locator("input[name=card][value=" + card + "]").check();
        page.locator("#sandbox-pay button.pay-button").click();
        page.waitForURL(CONFIRMATION, new Page.WaitForURLOptions().setTimeout(45_000));
        assertThat(page.locator("h1")).hasText("You're going!");
        String url = page.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Saves a screenshot of the page as it is into docs/screenshots (the repository's, from web-app). */
    public static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of("..", "docs", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
