package org.ticketgrid.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Refunds.paidOrder;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The gate: a ticket admits once, even scanned at eight gates at the same moment; a refunded
 * ticket, another event's ticket and a made-up code do not admit; only the event's merchant or an
 * admin runs the gate; the page says "Let in" or "Do not let in" with the reason.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInIT extends PaymentWebhookTest {

    @Test
    void aTicketAdmitsOnceEvenAtEightGatesAtOnceAndOnlyAValidTicketOfThisEventAdmits() throws Exception {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(5));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
        List<String> codes = paid.order().get("tickets").findValuesAsText("code");
        String checkins = "/api/v1/events/" + sale.eventId() + "/checkins";

        String typed = codes.get(0).substring(0, 4).toLowerCase(Locale.ROOT) + "-" + codes.get(0).substring(4);
        Api.Response first = merchant.post(checkins, Map.of("code", typed));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("place").asText()).contains("row");
        Api.Response again = merchant.post(checkins, Map.of("code", codes.get(0)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("already-checked-in");
        assertThat(again.json().get("checkedInAt").asText()).isNotBlank();

        ExecutorService gates = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> scans = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                scans.add(gates.submit(() -> {
                    go.await();
                    return merchant.post(checkins, Map.of("code", codes.get(1))).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> scan : scans) {
                statuses.add(scan.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).as("one gate lets the holder in").hasSize(1);
        } finally {
            gates.shutdownNow();
        }

        Paid refunded = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(0)));
        assertThat(merchant.post("/api/v1/orders/" + refunded.orderId() + "/refund", Map.of("reason", "Ill"))
                .status()).isEqualTo(202);
        Api.Response voided = merchant.post(checkins, Map.of("code",
                refunded.order().get("tickets").findValuesAsText("code").getFirst()));
        assertThat(voided.status()).isEqualTo(409);
        assertThat(voided.json().get("code").asText()).isEqualTo("ticket-void");

        Sale other = Refunds.aSaleStartingIn(api, Duration.ofDays(6));
        Paid elsewhere = paidOrder(api, jdbc, other.eventId(), List.of(other.seats().get(0).get(0)));
        Api.Response wrongEvent = merchant.post(checkins, Map.of("code",
                elsewhere.order().get("tickets").findValuesAsText("code").getFirst()));
        assertThat(wrongEvent.status()).isEqualTo(404);
        assertThat(wrongEvent.json().get("code").asText()).isEqualTo("unknown-ticket");
        assertThat(merchant.post(checkins, Map.of("code", "AAAAAAAAAAAAAAAAAAAAAAAAAA")).status()).isEqualTo(404);
        Api.Response garbage = merchant.post(checkins, Map.of("code", "' OR 1=1 --"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("code").asText()).isEqualTo("invalid-code");
        assertThat(merchant.post(checkins, "{}").status()).isEqualTo(400);

        assertThat(paid.buyer().post(checkins, Map.of("code", codes.get(0))).status()).as("a customer").isEqualTo(403);
        Api otherMerchant = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        assertThat(otherMerchant.post(checkins, Map.of("code", codes.get(0))).status()).isEqualTo(403);
        assertThat(merchant.post("/api/v1/events/" + UUID.randomUUID() + "/checkins",
                Map.of("code", codes.get(0))).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tickets WHERE event_id = ? AND checked_in_at IS NOT NULL")
                .param(UUID.fromString(sale.eventId())).query(Long.class).single())
                .as("only the two valid tickets were let in").isEqualTo(2);
    }

    @Test
    void theGatePageSaysLetInOrDoNotLetInWithTheReason() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(7));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(4)));
        JsonNode ticket = paid.order().get("tickets").get(0);
        Browser gate = new Browser(port).from(TestAccounts.randomIp())
                .signIn(TestAccounts.merchant(api).email(), TestAccounts.PASSWORD);
        String path = "/merchant/events/" + sale.eventId() + "/checkin";

        assertThat(gate.get("/merchant/events/" + sale.eventId()).body()).contains("href=\"" + path + "\"");
        assertThat(gate.get(path).body()).contains("0</strong> of").contains("autofocus");
        Browser.Page in = gate.post(path, Map.of("code", ticket.get("code").asText()));
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.body()).contains("Let in").contains("1</strong> of");
        Browser.Page twice = gate.post(path, Map.of("code", ticket.get("code").asText()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("Do not let in").contains("already let in");
        Browser.Page nonsense = gate.post(path, Map.of("code", "hello"));
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).contains("That is not a ticket code").doesNotContain("Exception");

        Browser customer = new Browser(port).from(TestAccounts.randomIp())
                .signIn(paid.account().email(), TestAccounts.PASSWORD);
        assertThat(customer.get(path).status()).isEqualTo(403);
    }

    @Test
    void aTicketLetInAtTheDoorIsNotRefundedAndTheRefundPageSaysSo() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(5));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
        List<String> codes = paid.order().get("tickets").findValuesAsText("code");
        List<String> tickets = paid.ticketIds();
        String checkins = "/api/v1/events/" + sale.eventId() + "/checkins";
        assertThat(merchant.post(checkins, Map.of("code", codes.get(0))).status()).isEqualTo(200);
        String refund = "/api/v1/orders/" + paid.orderId() + "/refund";

        Api.Response used = paid.buyer().post(refund, Map.of("reason", "Went home early", "ticketIds",
                List.of(tickets.get(0))));
        assertThat(used.status()).as(used.body()).isEqualTo(409);
        assertThat(used.contentType()).startsWith("application/problem+json");
        assertThat(used.json().get("code").asText()).isEqualTo("ticket-checked-in");
        assertThat(merchant.post(refund, Map.of("reason", "Asked at the desk", "ticketIds", List.of(tickets.get(0))))
                .json().get("code").asText()).as("the merchant neither").isEqualTo("ticket-checked-in");
        assertThat(Refunds.ticketStatuses(paid.buyer(), paid.orderId()).get(tickets.get(0))).isEqualTo("VALID");

        // "Everything" is the tickets not used yet; once all are used, there is nothing to refund.
        Api.Response rest = paid.buyer().post(refund, Map.of("reason", "Friend cannot come"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(202);
        assertThat(rest.json().get("ticketIds")).hasSize(1);
        assertThat(rest.json().get("ticketIds").get(0).asText()).isEqualTo(tickets.get(1));
        Api.Response nothing = paid.buyer().post(refund, Map.of("reason", "Again"));
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.json().get("code").asText()).isEqualTo("ticket-checked-in");

        Browser buyer = new Browser(port).signIn(paid.account().email(), TestAccounts.PASSWORD);
        Browser.Page page = buyer.get("/orders/" + paid.orderId() + "/refund");
        assertThat(page.body()).contains("used at the door").doesNotContain("Refund the chosen tickets");
        Browser.Page posted = buyer.post("/orders/" + paid.orderId() + "/refund",
                Map.of("ticketId", tickets.get(0), "reason", "Please"));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body()).contains("already used at the door");
    }
}
