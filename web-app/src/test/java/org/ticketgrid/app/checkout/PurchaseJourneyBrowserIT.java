package org.ticketgrid.app.checkout;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.stripe.model.WebhookEndpoint;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Chromium;
import org.ticketgrid.app.support.Chromium.Viewport;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Journey;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The purchase journey in a real browser, twice in one session, on a desktop and a phone: sign in,
 * choose seats, hold, check out, pay with the sandbox Visa, see the confirmation; then the event
 * page no longer offers the paid seats as a hold (no countdown, no Release), checkout has no
 * timer for them, and a second purchase in the same session goes through (issue 15, bugs 1 and 2).
 * Holds last a minute here rather than the suite's 4 s: a person's clicks through four pages on a
 * loaded machine are the subject, not the expiry (HoldExpiryBrowserIT tests that).
 */
@IntegrationTest
@TestPropertySource(properties = {"ticketgrid.holds.duration=60s", "ticketgrid.payments.checkout-extension=60s",
    "ticketgrid.payments.hold-cap=120s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurchaseJourneyBrowserIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    WebhookEndpoint endpoint;
    Chromium chromium;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        endpoint = Payments.register("http://127.0.0.1:" + port + "/api/v1/payments/stripe/webhook");
        chromium = Chromium.launch();
    }

    @AfterAll
    void tearDown() {
        chromium.close();
        Payments.unregister(endpoint);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void twoPurchasesInOneSessionBothGoThroughAndPaidSeatsAreNoLongerAHold(Viewport viewport) {
        Sale sale = aSale(api);
        TestAccounts.Account buyer = TestAccounts.customer(api);
        BrowserContext visitor = chromium.newVisitor(viewport);
        try {
            Journey journey = new Journey(visitor.newPage(), port).signIn(buyer.email(), TestAccounts.PASSWORD);
            Page page = journey.page();

            journey.openEvent(sale.eventId()).hold(List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
            journey.checkout().pay("visa");

            // Bug 2: the paid seats are not offered as a live hold any more.
            journey.openEvent(sale.eventId());
            assertThat(page.locator("#hold-panel h2")).hasText("Your selection");
            assertThat(page.locator("#hold-panel")).containsText("Your order for those seats is confirmed");
            assertThat(page.getByText("Release seats")).hasCount(0);
            assertThat(page.locator(".hold-panel .countdown")).hasCount(0);
            // ... and checkout has nothing (no timer) for them.
            page.navigate(journey.url("/events/" + sale.eventId() + "/checkout"));
            assertThat(page.locator(".countdown")).hasCount(0);

            // Bug 1: a second purchase in the same session.
            journey.openEvent(sale.eventId()).hold(List.of(sale.seats().get(1).get(2)));
            journey.checkout();
            String second = journey.pay("visa");
            assertThat(page.locator("body")).containsText("Section 2, row A, seat 3");
            assertThat(second).isNotBlank();

            // Both orders are in My bookings.
            page.navigate(journey.url("/account/bookings"));
            assertThat(page.locator("ul.orders > li")).hasCount(2);
        } finally {
            visitor.close();
        }
    }

}
