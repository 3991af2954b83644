package org.ticketgrid.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;

/**
 * A real headless Chromium: the buyer is signed in on a page, and the same account confirms an
 * order in another session (the API with a bearer token); the header bell's unread count rises
 * live, pushed over SSE from the Jet pipeline through the grid's reliable topic.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBellBrowserIT extends PaymentWebhookTest {

    @Test
    void theBellCountRisesLiveWhenAnOrderIsConfirmedInAnotherSession() {
        Sale sale = aSale(api);
        TestAccounts.Account account = TestAccounts.customer(api);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")))) {
            Page page = browser.newContext().newPage();
            page.navigate(api.base() + "/signin");
            page.fill("#email", account.email());
            page.fill("#password", TestAccounts.PASSWORD);
            page.click("form.form button[type=submit]");
            page.waitForURL(url -> !url.contains("/signin"));
            page.navigate(api.base() + "/");
            // The stream is open once the bell has its first count.
            PlaywrightAssertions.assertThat(page.locator("#nav-bell")).hasAttribute("data-unread", "0",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(page.locator("#bell-count").isHidden()).isTrue();

            Api other = api.withToken(account.token()); // another session of the same account
            JsonNode order = checkout(other, hold(other, sale.eventId(), List.of(sale.seats().get(0).get(4))));
            Payments.ok(Payments.pay(order, "pm_card_visa"));
            awaitStatus(other, order.get("orderId").asText(), "CONFIRMED");

            PlaywrightAssertions.assertThat(page.locator("#bell-count")).hasText("1",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            PlaywrightAssertions.assertThat(page.locator("#nav-bell")).hasAttribute("aria-label",
                    "Notifications, 1 unread");
            page.click("#nav-bell");
            PlaywrightAssertions.assertThat(page.locator(".notification-list li.unread")).hasCount(1);
        }
    }
}
