package org.ticketgrid.app.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.seatStatus;
import static org.ticketgrid.app.support.Refunds.paidOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.Refund;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.SmtpServer;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * Refunds against the real stack: the provider's refund at the sandbox, tickets void, seats back on
 * sale in the grid, the order REFUNDED or PARTIALLY_REFUNDED, the mail; and the attempts to refund
 * twice, concurrently, after a crash, outside the policy or someone else's order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundsIT extends PaymentWebhookTest {

    @Autowired
    RefundStore refundStore;
    @Autowired
    org.ticketgrid.app.refunds.usecase.RefundSweeper sweeper;
    @Autowired
    ProviderRefunds provider;



    @Test
    void refundingAWholeOrderRefundsAtTheProviderVoidsTicketsFreesSeatsAndMails() {
        Sale sale = aSale(api);
        List<Long> seats = List.of(sale.seats().get(0).get(0), sale.seats().get(1).get(3));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), seats);
        assertThat(seatStatus(api, sale.eventId(), seats.get(0))).isEqualTo("BOOKED");

        Api.Response refund = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "Event moved to another date"));

        assertThat(refund.status()).as(refund.body()).isEqualTo(202);
        assertThat(refund.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(refund.json().get("amountCents").asLong()).isEqualTo(9000);
        assertThat(refund.json().get("ticketIds")).hasSize(2);
        List<Refund> atProvider = Refunds.at(paid.paymentIntentId());
        assertThat(atProvider).hasSize(1);
        assertThat(atProvider.getFirst().getAmount()).isEqualTo(9000);
        assertThat(atProvider.getFirst().getStatus()).isEqualTo("succeeded");
        assertThat(atProvider.getFirst().getId()).isEqualTo(refund.json().get("providerRefundId").asText());
        assertThat(atProvider.getFirst().getMetadata()).containsEntry("orderId", paid.orderId())
                .containsEntry("refundId", refund.json().get("refundId").asText());
        assertThat(Payments.intent(paid.paymentIntentId()).getStatus()).isEqualTo("succeeded");

        JsonNode order = paid.buyer().get("/api/v1/orders/" + paid.orderId()).json();
        assertThat(order.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(order.get("tickets").findValuesAsText("status")).containsExactly("VOID", "VOID");
        for (long seat : seats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).isEqualTo("AVAILABLE");
        }
        // Someone else can have the seats now.
        Api other = api.withToken(TestAccounts.customer(api).token());
        Api.Response hold = other.post("/api/v1/events/" + sale.eventId() + "/holds", Map.of("seatIds", seats));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        // And the buyer's purchase no longer counts against their per-event limit: a full limit's
        // worth of other seats can be held again (2 bought + 8 would be refused before the refund).
        Api.Response roomAgain = paid.buyer().post("/api/v1/events/" + sale.eventId() + "/holds",
                Map.of("seatIds", sale.seats().get(0).subList(1, 9)));
        assertThat(roomAgain.status()).as(roomAgain.body()).isEqualTo(201);

        Mailbox.Mail mail = Mailbox.await(paid.account().email(), "Your refund for " + order.get("eventName").asText());
        assertThat(mail.text()).contains("90.00 EUR").contains("Event moved to another date");
        for (JsonNode t : order.get("tickets")) {
            assertThat(mail.text()).contains(t.get("code").asText());
        }
        assertThat(mail.html()).contains("90.00 EUR");

        // The provider's refund events, delivered again, change nothing more.
        List<JsonNode> refundEvents = Refunds.refundEvents(paid.paymentIntentId());
        assertThat(refundEvents).extracting(e -> e.get("type").asText()).contains("refund.created", "charge.refunded");
        refundEvents.forEach(e -> Payments.ok(Payments.resend(e.get("id").asText())));
        String url = endpoint.getUrl();
        Eventually.eventually(Duration.ofSeconds(15), () -> refundEvents.forEach(e -> {
            List<String> mine = new ArrayList<>();
            Payments.deliveries(e.get("id").asText()).get("data").forEach(d -> {
                if (url.equals(d.get("url").asText())) {
                    mine.add(d.get("status").asText());
                }
            });
            assertThat(mine).as("deliveries of " + e.get("id")).containsExactly("delivered", "delivered");
        }));
        Api.Response again = paid.buyer().post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "again"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("not-refundable");
        assertThat(Refunds.at(paid.paymentIntentId())).hasSize(1);
        assertThat(Mailbox.of(paid.account().email()).stream().filter(m -> m.subject().startsWith("Your refund")))
                .hasSize(1);
    }

    /**
     * The SMTP server is down when the refund goes through: the notifications pipeline retries with
     * backoff, and once the server is back the buyer gets the refund mail once, recorded as sent.
     */
    @Test
    void aRefundMailThatNeverReachedTheSmtpServerIsSentAgainOnce() throws InterruptedException {
        Sale sale = aSale(api);
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(9)));
        String confirmation = "Your tickets for " + paid.order().get("eventName").asText();
        Mailbox.await(paid.account().email(), confirmation);
        UUID refundId;
        SmtpServer.stop();
        try {
            Api.Response refunded = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund",
                    Map.of("reason", "Venue change"));
            assertThat(refunded.status()).as(refunded.body()).isEqualTo(202);
            refundId = UUID.fromString(refunded.json().get("refundId").asText());
            Eventually.eventually(Duration.ofSeconds(30), () -> assertThat(jdbc.sql(
                    "SELECT max(email_attempts) FROM notifications n JOIN notification_outbox o ON o.id = n.outbox_id"
                            + " WHERE o.subject_id = ? AND n.kind = 'REFUNDED'")
                    .param(refundId.toString()).query(Integer.class).optional().orElse(0)).isPositive());
            assertThat(mailSent(refundId)).as("not sent while the server is down").isFalse();
        } finally {
            SmtpServer.start();
        }
        String subject = "Your refund for " + paid.order().get("eventName").asText();
        Mailbox.await(paid.account().email(), subject);
        Eventually.eventually(Duration.ofSeconds(10), () -> assertThat(mailSent(refundId)).isTrue());
        Thread.sleep(5_000); // well past the next retries: still exactly one
        assertThat(Mailbox.of(paid.account().email()).stream().filter(m -> m.subject().equals(subject))).hasSize(1);
    }

    private boolean mailSent(UUID refundId) {
        return jdbc.sql("SELECT mail_sent_at IS NOT NULL FROM refunds WHERE id = ?").param(refundId)
                .query(Boolean.class).single();
    }

    @Test
    void aPartialRefundByTicketRefundsThoseTicketsPricesAndTheRestLater() {
        Sale sale = aSale(api);
        List<Long> seats = List.of(sale.seats().get(0).get(1), sale.seats().get(0).get(2), sale.seats().get(1).get(0));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), seats);
        JsonNode first = paid.order().get("tickets").get(0);

        Api.Response partial = paid.buyer().post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "Friend cannot come", "ticketIds", List.of(first.get("id").asText())));

        assertThat(partial.status()).as(partial.body()).isEqualTo(202);
        assertThat(partial.json().get("amountCents").asLong()).isEqualTo(4500);
        assertThat(partial.json().get("ticketIds").get(0).asText()).isEqualTo(first.get("id").asText());
        JsonNode order = paid.buyer().get("/api/v1/orders/" + paid.orderId()).json();
        assertThat(order.get("status").asText()).isEqualTo("PARTIALLY_REFUNDED");
        Map<String, String> statuses = Refunds.ticketStatuses(paid.buyer(), paid.orderId());
        assertThat(statuses.get(first.get("id").asText())).isEqualTo("VOID");
        assertThat(statuses.values()).containsExactlyInAnyOrder("VOID", "VALID", "VALID");
        long firstSeat = first.get("seatId").asLong();
        assertThat(seatStatus(api, sale.eventId(), firstSeat)).isEqualTo("AVAILABLE");
        seats.stream().filter(s -> s != firstSeat)
                .forEach(s -> assertThat(seatStatus(api, sale.eventId(), s)).isEqualTo("BOOKED"));
        assertThat(Refunds.at(paid.paymentIntentId())).extracting(Refund::getAmount).containsExactly(4500L);

        // The same ticket again: refused, nothing more at the provider.
        Api.Response sameTicket = paid.buyer().post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "again", "ticketIds", List.of(first.get("id").asText())));
        assertThat(sameTicket.status()).as(sameTicket.body()).isEqualTo(409);
        assertThat(sameTicket.json().get("code").asText()).isEqualTo("already-refunded");

        Api.Response rest = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund", Map.of("reason", "rest"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(202);
        assertThat(rest.json().get("amountCents").asLong()).isEqualTo(9000);
        assertThat(rest.json().get("ticketIds")).hasSize(2);
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("REFUNDED");
        assertThat(Refunds.at(paid.paymentIntentId())).extracting(Refund::getAmount)
                .containsExactlyInAnyOrder(4500L, 9000L);
        seats.forEach(s -> assertThat(seatStatus(api, sale.eventId(), s)).isEqualTo("AVAILABLE"));
        assertThat(jdbc.sql("SELECT count(*) FROM refunds WHERE order_id = ? AND status = 'SUCCEEDED'")
                .param(UUID.fromString(paid.orderId())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void manyConcurrentAndRepeatedRefundRequestsMakeExactlyOneRefund() throws Exception {
        Sale sale = aSale(api);
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(6), sale.seats().get(1).get(7)));
        Api admin = api.withToken(TestAccounts.admin(api).token());
        List<Api> callers = List.of(paid.buyer(), merchant, admin, paid.buyer(), merchant, admin, paid.buyer(),
                merchant);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            Api caller = callers.get(i);
            // Half ask for the whole order, half for one ticket of it: they all overlap.
            Map<String, Object> body = i % 2 == 0 ? Map.of("reason", "race " + i)
                    : Map.of("reason", "race " + i, "ticketIds", List.of(paid.ticketIds().get(1)));
            answers.add(pool.submit(() -> {
                start.await();
                return caller.post("/api/v1/orders/" + paid.orderId() + "/refund", body);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            statuses.add(response.status());
            if (response.status() == 409) {
                assertThat(response.json().get("code").asText()).isIn("already-refunded", "not-refundable");
            }
        }
        pool.shutdown();

        // A whole-order request that wins refunds both tickets; a one-ticket request that wins first
        // leaves the other ticket to a later whole-order request. Never a ticket twice.
        assertThat(statuses).allMatch(s -> s == 202 || s == 409);
        assertThat(statuses).filteredOn(s -> s == 202).hasSizeBetween(1, 2);
        assertThat(Refunds.at(paid.paymentIntentId()).stream().mapToLong(Refund::getAmount).sum())
                .as("never more than the order's total").isLessThanOrEqualTo(9000);
        Api.Response last = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund", Map.of("reason", "last"));
        assertThat(last.status()).as(last.body()).isIn(202, 409);
        assertThat(merchant.post("/api/v1/orders/" + paid.orderId() + "/refund", Map.of("reason", "again")).status())
                .isEqualTo(409);

        assertThat(Refunds.at(paid.paymentIntentId()).stream().mapToLong(Refund::getAmount).sum()).isEqualTo(9000);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM refund_tickets rt JOIN refunds r ON r.id = rt.refund_id
                 WHERE r.order_id = ? AND r.status = 'SUCCEEDED'""").param(UUID.fromString(paid.orderId()))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("REFUNDED");
    }

    @Test
    void theBuyerIsRefusedOutsideThePolicyWhileTheMerchantMayStillRefund() {
        Sale soon = Refunds.aSaleStartingIn(api, Duration.ofHours(24));
        Paid paid = paidOrder(api, jdbc, soon.eventId(), List.of(soon.seats().get(0).get(0)));

        Api.Response tooLate = paid.buyer().post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "Changed my mind"));

        assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(403);
        assertThat(tooLate.contentType()).startsWith("application/problem+json");
        assertThat(tooLate.json().get("code").asText()).isEqualTo("refund-window-closed");
        assertThat(Refunds.at(paid.paymentIntentId())).isEmpty();
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("CONFIRMED");

        Api.Response byMerchant = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "Goodwill"));
        assertThat(byMerchant.status()).as(byMerchant.body()).isEqualTo(202);
        assertThat(Refunds.at(paid.paymentIntentId())).hasSize(1);
    }

    @Test
    void strangersAndOtherMerchantsCannotRefundOrEvenSeeTheOrder() {
        Sale sale = aSale(api);
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(4)));
        Api bob = api.withToken(TestAccounts.customer(api).token());
        Api otherMerchant = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        String never = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("reason", "mine now");

        Api.Response byBob = bob.post("/api/v1/orders/" + paid.orderId() + "/refund", body);
        Api.Response byOtherMerchant = otherMerchant.post("/api/v1/orders/" + paid.orderId() + "/refund", body);
        Api.Response unknown = bob.post("/api/v1/orders/" + never + "/refund", body);

        assertThat(byBob.status()).isEqualTo(404);
        assertThat(byOtherMerchant.status()).isEqualTo(404);
        assertThat(byBob.contentType()).startsWith("application/problem+json");
        assertThat(byBob.body().replace(paid.orderId(), "ID")).isEqualTo(unknown.body().replace(never, "ID"));
        assertThat(byOtherMerchant.body()).doesNotContain(paid.paymentIntentId());
        assertThat(api.post("/api/v1/orders/" + paid.orderId() + "/refund", body).status()).isEqualTo(401);
        for (String junk : List.of("1", "%27%20OR%201=1--", paid.orderId().toUpperCase() + "0")) {
            assertThat(bob.post("/api/v1/orders/" + junk + "/refund", body).status()).as(junk).isEqualTo(404);
        }
        assertThat(Refunds.at(paid.paymentIntentId())).isEmpty();
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("CONFIRMED");

        Api admin = api.withToken(TestAccounts.admin(api).token());
        assertThat(admin.post("/api/v1/orders/" + paid.orderId() + "/refund", body).status()).isEqualTo(202);
    }

    @Test
    void badRequestsAndUnpaidOrdersAreRefusedClearlyAndChangeNothing() {
        Sale sale = aSale(api);
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(1)));
        String url = "/api/v1/orders/" + paid.orderId() + "/refund";

        Api.Response noReason = paid.buyer().post(url, Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asText()).isEqualTo("invalid-refund");
        assertThat(paid.buyer().post(url, Map.of("reason", "x".repeat(501))).status()).isEqualTo(400);
        Api.Response foreignTicket = paid.buyer().post(url,
                Map.of("reason", "r", "ticketIds", List.of(UUID.randomUUID().toString())));
        assertThat(foreignTicket.status()).isEqualTo(400);
        assertThat(foreignTicket.json().get("code").asText()).isEqualTo("unknown-ticket");
        assertThat(paid.buyer().post(url, Map.of("reason", "r", "ticketIds", List.of("junk"))).status())
                .isEqualTo(400);
        assertThat(Refunds.at(paid.paymentIntentId())).isEmpty();

        Api buyer = api.withToken(TestAccounts.customer(api).token());
        JsonNode unpaid = Orders.checkout(buyer, Orders.hold(buyer, sale.eventId(), List.of(sale.seats().get(1).get(2))));
        Api.Response notPaid = buyer.post("/api/v1/orders/" + unpaid.get("orderId").asText() + "/refund",
                Map.of("reason", "r"));
        assertThat(notPaid.status()).as(notPaid.body()).isEqualTo(409);
        assertThat(notPaid.json().get("code").asText()).isEqualTo("not-refundable");
        assertThat(notPaid.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefundTheProviderRefusesIs409AndLeavesTheOrderAndTicketsAsTheyWere() throws Exception {
        Sale sale = aSale(api);
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(8)));
        // Someone refunded the whole payment in the provider's dashboard, behind the app's back.
        Payments.STRIPE.v1().refunds().create(com.stripe.param.RefundCreateParams.builder()
                .setPaymentIntent(paid.paymentIntentId()).build());

        Api.Response refused = merchant.post("/api/v1/orders/" + paid.orderId() + "/refund", Map.of("reason", "r"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("refund-refused");
        assertThat(refused.json().get("providerCode").asText()).isEqualTo("charge_already_refunded");
        assertThat(Refunds.at(paid.paymentIntentId())).hasSize(1);
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(Refunds.ticketStatuses(paid.buyer(), paid.orderId()).values()).containsOnly("VALID");
        assertThat(seatStatus(api, sale.eventId(), sale.seats().get(1).get(8))).isEqualTo("BOOKED");
        // The failed refund released its claim: the ticket is not stuck "being refunded".
        assertThat(jdbc.sql("SELECT count(*) FROM refund_tickets rt JOIN refunds r ON r.id = rt.refund_id"
                + " WHERE r.order_id = ?").param(UUID.fromString(paid.orderId())).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT status || ':' || failure FROM refunds WHERE order_id = ?")
                .param(UUID.fromString(paid.orderId())).query(String.class).single())
                .isEqualTo("FAILED:charge_already_refunded");
    }

    @Test
    void aRefundInterruptedBeforeOrAfterTheProviderCallIsFinishedOnceBySweeperOrWebhook() {
        Sale sale = aSale(api);
        // Crash before the provider call: the refund row is written, nothing else happened.
        Paid before = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(5)));
        RefundRow pending = pendingRefund(before);
        refundStore.insert(pending);

        // Crash after the provider call: the provider refunded, our books do not know yet.
        Paid after = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(6)));
        RefundRow sent = pendingRefund(after);
        refundStore.insert(sent);
        provider.refund(after.paymentIntentId(), sent.amountCents(),
                Map.of("refundId", sent.id().toString(), "orderId", after.orderId()), "refund-" + sent.id());

        // The provider's webhook finishes the second one on its own.
        awaitStatus(after.buyer(), after.orderId(), "REFUNDED");
        // The sweeper (run twice, as two instances would) finishes the first with one provider refund.
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(1)));
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(1)));
        awaitStatus(before.buyer(), before.orderId(), "REFUNDED");

        for (Paid paid : List.of(before, after)) {
            assertThat(Refunds.at(paid.paymentIntentId())).as(paid.orderId()).hasSize(1);
            assertThat(Refunds.ticketStatuses(paid.buyer(), paid.orderId()).values()).containsOnly("VOID");
        }
        assertThat(seatStatus(api, sale.eventId(), sale.seats().get(0).get(5))).isEqualTo("AVAILABLE");
        Eventually.eventually(Duration.ofSeconds(15), () -> assertThat(
                seatStatus(api, sale.eventId(), sale.seats().get(0).get(6))).isEqualTo("AVAILABLE"));
        assertThat(refundStore.byId(sent.id()).orElseThrow().status()).isEqualTo("SUCCEEDED");
        assertThat(refundStore.byId(pending.id()).orElseThrow().stripeRefundId())
                .isEqualTo(Refunds.at(before.paymentIntentId()).getFirst().getId());
    }

    private static RefundRow pendingRefund(Paid paid) {
        return new RefundRow(UUID.randomUUID(), UUID.fromString(paid.orderId()), paid.paymentIntentId(), 4500, "EUR",
                "interrupted", paid.account().id(), "PENDING", null, null,
                paid.ticketIds().stream().map(UUID::fromString).toList(), null, null, null);
    }
}
