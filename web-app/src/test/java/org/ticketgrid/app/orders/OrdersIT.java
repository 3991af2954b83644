package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;
import static org.ticketgrid.app.support.Orders.seatStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.PaymentIntent;
import com.stripe.model.WebhookEndpoint;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * Hold, checkout, pay at the sandbox as a browser would, and the sandbox's signed webhook through
 * Kafka to the booking consumer: against the real stack, with the sandbox delivering to this
 * in-process app through a webhook endpoint registered for the test class.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    WebhookEndpoint endpoint;

    @BeforeAll
    void registerWebhook() {
        api = new Api(port);
        endpoint = Payments.register("http://127.0.0.1:" + port + "/api/v1/payments/stripe/webhook");
    }

    @AfterAll
    void unregisterWebhook() {
        Payments.unregister(endpoint);
    }

    @Test
    void payingWithACardConfirmsTheOrderWithTicketsSoldSeatsACaptureAndAMail() {
        Sale sale = aSale(api);
        TestAccounts.Account buyer = TestAccounts.customer(api);
        Api asBuyer = api.withToken(buyer.token());
        List<Long> seats = List.of(sale.seats().get(0).get(0), sale.seats().get(1).get(4));
        String holdId = hold(asBuyer, sale.eventId(), seats);

        Api.Response first = asBuyer.post("/api/v1/holds/" + holdId + "/checkout", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode order = first.json();
        assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.get("totalCents").asLong()).isEqualTo(9000);
        assertThat(order.get("publishableKey").asText()).isEqualTo(Payments.PUBLISHABLE_KEY);
        String orderId = order.get("orderId").asText();
        String intentId = order.get("paymentIntentId").asText();
        PaymentIntent created = Payments.intent(intentId);
        assertThat(created.getAmount()).isEqualTo(9000);
        assertThat(created.getCurrency()).isEqualTo("eur");
        assertThat(created.getCaptureMethod()).isEqualTo("manual");
        assertThat(created.getMetadata()).containsEntry("orderId", orderId).containsEntry("holdId", holdId)
                .containsEntry("eventId", sale.eventId());

        Api.Response again = asBuyer.post("/api/v1/holds/" + holdId + "/checkout", "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("orderId").asText()).isEqualTo(orderId);
        assertThat(again.json().get("paymentIntentId").asText()).isEqualTo(intentId);
        assertThat(again.json().get("clientSecret").asText()).isEqualTo(order.get("clientSecret").asText());

        Payments.Raw paid = Payments.ok(Payments.confirmAsBrowser(intentId, order.get("clientSecret").asText(),
                "pm_card_visa"));
        assertThat(paid.json().get("status").asText()).isEqualTo("requires_capture");

        JsonNode confirmed = awaitStatus(asBuyer, orderId, "CONFIRMED");
        JsonNode tickets = confirmed.get("tickets");
        assertThat(tickets).hasSize(2);
        Set<String> codes = new HashSet<>();
        tickets.forEach(t -> {
            assertThat(t.get("code").asText()).matches("[A-Z2-7]{26}");
            assertThat(t.get("status").asText()).isEqualTo("VALID");
            codes.add(t.get("code").asText());
        });
        assertThat(codes).hasSize(2);
        assertThat(tickets.findValuesAsText("seatId")).containsExactlyInAnyOrder(
                seats.get(0).toString(), seats.get(1).toString());
        assertThat(tickets.get(0).get("seat").asText()).isEqualTo("Section 1, row A, seat 1");

        for (long seat : seats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).isEqualTo("BOOKED");
        }
        PaymentIntent captured = Eventually.eventually(Duration.ofSeconds(15), () -> {
            PaymentIntent pi = Payments.intent(intentId);
            assertThat(pi.getStatus()).isEqualTo("succeeded");
            return pi;
        });
        assertThat(captured.getAmountReceived()).isEqualTo(9000);

        Mailbox.Mail mail = Mailbox.await(buyer.email(), "Your tickets for " + confirmed.get("eventName").asText());
        assertThat(mail.contentType()).startsWith("multipart/");
        for (String code : codes) {
            assertThat(mail.text()).contains(code);
            assertThat(mail.html()).contains(code);
        }
        assertThat(mail.text()).contains("Section 1, row A, seat 1").contains("90.00 EUR");

        JsonNode history = asBuyer.get("/api/v1/me/orders").json().get("items");
        assertThat(history.get(0).get("orderId").asText()).isEqualTo(orderId);
        assertThat(history.get(0).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(history.get(0).get("tickets").findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(2);
    }

    long validTickets(String eventId, List<Long> seats) {
        return jdbc.sql("SELECT count(*) FROM tickets WHERE event_id = ?::uuid AND seat_id = ANY(?) AND status = 'VALID'")
                .params(eventId, seats.toArray(Long[]::new)).query(Long.class).single();
    }
}
