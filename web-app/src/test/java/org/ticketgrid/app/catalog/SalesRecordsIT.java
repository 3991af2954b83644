package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.support.TestAccounts.Account;

/**
 * Revenue, sales over time and the attendee CSV, read from the orders and tickets tables. The
 * orders feature is built elsewhere, so this test writes its own order rows for its own fresh event
 * (as a confirmed payment would): only VALID tickets of paid (CONFIRMED or PARTIALLY_REFUNDED) orders count.
 */
@IntegrationTest
class SalesRecordsIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Account merchant;
    JsonNode venue;
    String event;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        merchant = TestAccounts.withRole(api, "MERCHANT");
        venue = aVenue().withRows(2, 5).create(api.withToken(merchant.token()));
        event = anEventAt(api.withToken(merchant.token()), venue, "Sold night " + UUID.randomUUID(), true)
                .get("id").asText();
    }

    @Test
    void revenueSalesByDayAndTheAttendeeCsvCountOnlyValidTicketsOfConfirmedOrders() {
        Account alice = register("=HYPERLINK(\"http://evil\",\"x\")");
        Account bob = register("Bob, \"the builder\"");
        List<Long> seats = seatIds(venue).get(0);
        Instant today = Instant.now();
        Instant threeDaysAgo = today.minus(3, ChronoUnit.DAYS);
        String order1 = order(alice, "CONFIRMED", 9000);
        ticket(order1, seats.get(0), "VALID", 4500, "TG-A1-" + UUID.randomUUID(), threeDaysAgo);
        ticket(order1, seats.get(1), "VALID", 4500, "TG-A2-" + UUID.randomUUID(), threeDaysAgo);
        String order2 = order(bob, "CONFIRMED", 4500);
        String bobCode = "TG-B1-" + UUID.randomUUID();
        ticket(order2, seats.get(2), "VALID", 4500, bobCode, today);
        String refunded = order(bob, "REFUNDED", 4500);
        ticket(refunded, seats.get(3), "VOID", 4500, "TG-R-" + UUID.randomUUID(), today);
        String pending = order(bob, "PENDING_PAYMENT", 4500);
        ticket(pending, seats.get(4), "VALID", 4500, "TG-P-" + UUID.randomUUID(), today);

        JsonNode sales = api.withToken(merchant.token()).get("/api/v1/merchant/events/" + event + "/sales").json();
        assertThat(sales.get("revenueCents").asLong()).isEqualTo(13_500);
        assertThat(sales.get("currency").asText()).isEqualTo("EUR");
        assertThat(sales.get("revenue").get(0).get("tickets").asLong()).isEqualTo(3);
        JsonNode days = sales.get("salesByDay");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("date").asText())
                .isEqualTo(LocalDate.ofInstant(threeDaysAgo, ZoneOffset.UTC).toString());
        assertThat(days.get(0).get("tickets").asLong()).isEqualTo(2);
        assertThat(days.get(1).get("amountCents").asLong()).isEqualTo(4500);

        Browser browser = new Browser(port).signIn(merchant.email(), TestAccounts.PASSWORD);
        Browser.Page csv = browser.get("/merchant/events/" + event + "/attendees.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(event);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("ticket_code,order_id,name,email,section,row,seat,price,currency,purchased_at");
        assertThat(lines[1]).startsWith("TG-A1-").contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
                .contains(alice.email()).contains(",Section 1,A,1,45.00,EUR,");
        assertThat(lines[2]).startsWith("TG-A2-").contains(",Section 1,A,2,45.00,EUR,");
        assertThat(lines[3]).startsWith(bobCode + "," + order2 + ",\"Bob, \"\"the builder\"\"\"," + bob.email())
                .contains(",Section 1,A,3,45.00,EUR,");
        assertThat(csv.body()).doesNotContain("TG-R-").doesNotContain("TG-P-");

        Browser.Page dashboard = browser.get("/merchant/events/" + event);
        assertThat(dashboard.body()).contains("135.00 EUR").contains("3 tickets in the last 30 days");
        Browser admin = new Browser(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(admin.get("/merchant/events/" + event + "/attendees.csv").body()).contains(bobCode);
    }

    /**
     * A partly refunded order's remaining tickets are still sold: they count in the revenue, are on
     * the attendee list (they get in at the door) and the order is listed with a refund link for
     * what is left; a fully refunded order has none.
     */
    @Test
    void theTicketsLeftInAPartlyRefundedOrderAreStillSoldAndListed() {
        Account carol = register("Carol");
        List<Long> seats = seatIds(venue).get(0);
        String partly = order(carol, "PARTIALLY_REFUNDED", 9000);
        String keptCode = "TG-K-" + UUID.randomUUID();
        ticket(partly, seats.get(5), "VALID", 4500, keptCode, Instant.now());
        ticket(partly, seats.get(6), "VOID", 4500, "TG-V-" + UUID.randomUUID(), Instant.now());
        String refunded = order(carol, "REFUNDED", 4500);
        ticket(refunded, seats.get(7), "VOID", 4500, "TG-R-" + UUID.randomUUID(), Instant.now());

        JsonNode sales = api.withToken(merchant.token()).get("/api/v1/merchant/events/" + event + "/sales").json();
        assertThat(sales.get("revenueCents").asLong()).isEqualTo(4500);
        Browser browser = new Browser(port).signIn(merchant.email(), TestAccounts.PASSWORD);
        String csv = browser.get("/merchant/events/" + event + "/attendees.csv").body();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(keptCode).doesNotContain("TG-V-").doesNotContain("TG-R-");

        String dashboard = browser.get("/merchant/events/" + event).body();
        assertThat(dashboard).contains("1 of 2").contains("Partially refunded").contains(carol.email())
                .contains("href=\"/orders/" + partly + "/refund\"")
                .doesNotContain("href=\"/orders/" + refunded + "/refund\"");
    }

    @Test
    void anEventWithNoSalesExportsJustTheHeader() {
        Browser browser = new Browser(port).signIn(merchant.email(), TestAccounts.PASSWORD);
        Browser.Page csv = browser.get("/merchant/events/" + event + "/attendees.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(
                "ticket_code,order_id,name,email,section,row,seat,price,currency,purchased_at\r\n");
    }

    private Account register(String displayName) {
        String email = TestAccounts.uniqueEmail("buyer");
        Api.Response created = api.post("/api/v1/auth/register",
                Map.of("email", email, "password", TestAccounts.PASSWORD, "displayName", displayName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = TestAccounts.token(api, email, TestAccounts.PASSWORD);
        return new Account(api.withToken(token).get("/api/v1/me").json().get("id").asText(), email, token);
    }

    private String order(Account buyer, String status, long total) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO orders (id, event_id, account_id, hold_id, status, total_cents, currency)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'EUR')").params(id, UUID.fromString(event), buyer.id(),
                        ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), status, total).update();
        return id.toString();
    }

    private void ticket(String order, long seat, String status, long price, String code, Instant at) {
        long section = seat >>> 20;
        jdbc.sql("INSERT INTO tickets (id, order_id, event_id, section_id, seat_id, status, price_cents, code,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), UUID.fromString(order),
                        UUID.fromString(event), section, seat, status, price, code, Timestamp.from(at)).update();
    }
}
