package org.ticketgrid.app.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Refunds.paidOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticketgrid.app.refunds.usecase.CancelledEventRefunds;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * Cancelling an event refunds everybody who bought for it, without anybody asking: whole orders,
 * the rest of a partly refunded one, each exactly once even with rounds running side by side, with
 * a mail giving the reason; a payment still on its way when the event is cancelled is not taken.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancelledEventRefundsIT extends PaymentWebhookTest {

    @Autowired
    CancelledEventRefunds cancellations;



    @Test
    void cancellingAnEventRefundsEveryTicketSoldOnceAndTakesNoPaymentStillOnItsWay() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(20));
        Paid whole = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
        Paid partly = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(2), sale.seats().get(0).get(3)));
        assertThat(partly.buyer().post("/api/v1/orders/" + partly.orderId() + "/refund", Map.of("reason", "One of us",
                "ticketIds", List.of(partly.ticketIds().get(0)))).status()).isEqualTo(202);
        TestAccounts.Account late = TestAccounts.customer(api);
        Api lateBuyer = api.withToken(late.token());
        JsonNode onItsWay = Orders.checkout(lateBuyer, Orders.hold(lateBuyer, sale.eventId(),
                List.of(sale.seats().get(1).get(0))));

        Browser merchantPages = new Browser(port).from(TestAccounts.randomIp())
                .signIn(TestAccounts.merchant(api).email(), TestAccounts.PASSWORD);
        assertThat(merchantPages.get("/merchant/events/" + sale.eventId() + "/cancel").body())
                .as("the merchant is told before cancelling").contains("3 tickets")
                .contains("are refunded to the cards that paid");
        Api.Response cancelled = merchant.post("/api/v1/events/" + sale.eventId() + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancellations.refundCancelledEvents()).as("two orders had tickets left").isGreaterThanOrEqualTo(2);

        assertThat(status(whole)).isEqualTo("REFUNDED");
        assertThat(Refunds.at(whole.paymentIntentId())).extracting(Refund::getAmount).containsExactly(9000L);
        assertThat(status(partly)).isEqualTo("REFUNDED");
        assertThat(Refunds.at(partly.paymentIntentId())).extracting(Refund::getAmount)
                .containsExactlyInAnyOrder(4500L, 4500L);
        assertThat(Refunds.ticketStatuses(whole.buyer(), whole.orderId()).values()).containsOnly("VOID");
        assertThat(Refunds.ticketStatuses(partly.buyer(), partly.orderId()).values()).containsOnly("VOID");
        Mailbox.Mail mail = Mailbox.await(whole.account().email(), "Your refund for " + whole.order().get("eventName")
                .asText());
        assertThat(mail.text()).contains("The event was cancelled by its organizer.").contains("90.00");

        assertThat(cancellations.refundCancelledEvents()).as("nothing left to refund").isZero();
        assertThat(Refunds.at(whole.paymentIntentId())).hasSize(1);

        // The late buyer's payment lands after the cancellation: authorized, then cancelled, never captured.
        String intentId = onItsWay.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(onItsWay, "pm_card_visa"));
        JsonNode refused = Orders.awaitStatus(lateBuyer, onItsWay.get("orderId").asText(), "CANCELLED");
        assertThat(refused.get("statusReason").asText()).isEqualTo("event-cancelled");
        PaymentIntent intent = Eventually.eventually(Duration.ofSeconds(15), () -> {
            PaymentIntent pi = Payments.intent(intentId);
            assertThat(pi.getStatus()).isEqualTo("canceled");
            return pi;
        });
        assertThat(intent.getAmountReceived()).isZero();
    }

    @Test
    void roundsRunningSideBySideRefundEachOrderOnce() throws Exception {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(21));
        List<Paid> paid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paid.add(paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(i))));
        }
        assertThat(merchant.post("/api/v1/events/" + sale.eventId() + "/cancel", "").status()).isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(pool.submit(cancellations::refundCancelledEvents));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (Paid order : paid) {
            assertThat(Refunds.at(order.paymentIntentId())).as(order.orderId()).extracting(Refund::getAmount)
                    .containsExactly(4500L);
            assertThat(status(order)).isEqualTo("REFUNDED");
        }
    }

    private static String status(Paid paid) {
        return paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText();
    }
}
