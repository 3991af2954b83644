package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;

/** Orders belong to their buyer: anybody else gets exactly "not found", however they guess. */
@IntegrationTest
class OrderOwnershipIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Api alice;
    Api bob;
    Sale sale;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        alice = api.withToken(TestAccounts.customer(api).token());
        bob = api.withToken(TestAccounts.customer(api).token());
        sale = aSale(api);
    }

    @Test
    void anotherCustomerCannotCheckOutReadOrPaySomeoneElsesHoldOrOrder() {
        String aliceHold = hold(alice, sale.eventId(), List.of(sale.seats().get(0).get(0)));

        Api.Response bobCheckout = bob.post("/api/v1/holds/" + aliceHold + "/checkout", "");
        assertThat(bobCheckout.status()).isEqualTo(404);
        assertThat(bobCheckout.contentType()).startsWith("application/problem+json");
        assertThat(bobCheckout.json().get("code").asText()).isEqualTo("not-found");
        assertThat(bobCheckout.body()).doesNotContain(sale.eventId());
        assertThat(api.post("/api/v1/holds/" + aliceHold + "/checkout", "").status()).isEqualTo(401);

        // Bob's attempt created nothing: Alice's checkout is the first one.
        Api.Response aliceCheckout = alice.post("/api/v1/holds/" + aliceHold + "/checkout", "");
        assertThat(aliceCheckout.status()).as(aliceCheckout.body()).isEqualTo(201);
        JsonNode order = aliceCheckout.json();
        String orderId = order.get("orderId").asText();

        Api.Response bobRead = bob.get("/api/v1/orders/" + orderId);
        assertThat(bobRead.status()).isEqualTo(404);
        String never = UUID.randomUUID().toString();
        assertThat(bobRead.body().replace(orderId, "ID"))
                .isEqualTo(bob.get("/api/v1/orders/" + never).body().replace(never, "ID"));
        assertThat(bobRead.body()).doesNotContain(order.get("paymentIntentId").asText());
        assertThat(api.get("/api/v1/orders/" + orderId).status()).isEqualTo(401);
        assertThat(bob.post("/api/v1/holds/" + aliceHold + "/checkout", "").status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/me/orders").json().get("items")).isEmpty();

        // The only way to pay is the client secret, which only Alice got: Bob's own secret does not
        // confirm Alice's intent.
        String bobHold = hold(bob, sale.eventId(), List.of(sale.seats().get(0).get(1)));
        JsonNode bobOrder = checkout(bob, bobHold);
        assertThat(bobOrder.get("clientSecret").asText()).isNotEqualTo(order.get("clientSecret").asText());
        Payments.Raw forged = Payments.confirmAsBrowser(order.get("paymentIntentId").asText(),
                bobOrder.get("clientSecret").asText(), "pm_card_visa");
        assertThat(forged.status()).isBetween(400, 404);
        assertThat(Payments.intent(order.get("paymentIntentId").asText()).getStatus())
                .isEqualTo("requires_payment_method");

        assertThat(alice.get("/api/v1/orders/" + orderId).status()).isEqualTo(200);
        assertThat(api.withToken(TestAccounts.admin(api).token()).get("/api/v1/orders/" + orderId).status())
                .isEqualTo(200);
    }

    @Test
    void anotherCustomerCannotRefundSomeoneElsesOrderNorLearnItExists() {
        String orderId = checkout(alice, hold(alice, sale.eventId(), List.of(sale.seats().get(0).get(2))))
                .get("orderId").asText();
        String never = UUID.randomUUID().toString();

        Api.Response bobRefund = bob.post("/api/v1/orders/" + orderId + "/refund", java.util.Map.of("reason", "x"));

        assertThat(bobRefund.status()).isEqualTo(404);
        assertThat(bobRefund.contentType()).startsWith("application/problem+json");
        assertThat(bobRefund.body().replace(orderId, "ID")).isEqualTo(
                bob.post("/api/v1/orders/" + never + "/refund", java.util.Map.of("reason", "x")).body()
                        .replace(never, "ID"));
        assertThat(api.post("/api/v1/orders/" + orderId + "/refund", java.util.Map.of("reason", "x")).status())
                .isEqualTo(401);
        // Alice sees her own order: not refundable while unpaid (409), never 404.
        Api.Response aliceRefund = alice.post("/api/v1/orders/" + orderId + "/refund", java.util.Map.of("reason", "x"));
        assertThat(aliceRefund.status()).isEqualTo(409);
        assertThat(aliceRefund.json().get("code").asText()).isEqualTo("not-refundable");
    }

    @Test
    void guessingOrderIdsFindsNothing() {
        String aliceHold = hold(alice, sale.eventId(), List.of(sale.seats().get(1).get(0)));
        String orderId = checkout(alice, aliceHold).get("orderId").asText();
        UUID real = UUID.fromString(orderId);
        for (int i = 1; i <= 40; i++) {
            UUID near = new UUID(real.getMostSignificantBits(), real.getLeastSignificantBits() + i);
            assertThat(bob.get("/api/v1/orders/" + near).status()).as(near.toString()).isEqualTo(404);
            assertThat(alice.get("/api/v1/orders/" + near).status()).as(near.toString()).isEqualTo(404);
        }
        for (String junk : List.of("1", "abc", orderId.toUpperCase().replace('-', '_'), orderId + "0",
                "%27%20OR%201=1--", "00000000-0000-0000-0000-000000000000")) {
            Api.Response guess = bob.get("/api/v1/orders/" + junk);
            assertThat(guess.status()).as(junk).isEqualTo(404);
            assertThat(guess.contentType()).startsWith("application/problem+json");
        }
        for (String junk : List.of("1", "zzzzzzzzzzzzzzzz", "0000000000000000", aliceHold.toUpperCase() + "0")) {
            assertThat(bob.post("/api/v1/holds/" + junk + "/checkout", "").status()).as(junk).isEqualTo(404);
        }
        assertThat(alice.get("/api/v1/orders/" + orderId).json().get("status").asText()).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void theBookingHistoryListsOnlyTheCallersOrdersNewestFirst() {
        String first = checkout(alice, hold(alice, sale.eventId(), List.of(sale.seats().get(1).get(5)))).get("orderId")
                .asText();
        String second = checkout(alice, hold(alice, sale.eventId(), List.of(sale.seats().get(1).get(6))))
                .get("orderId").asText();
        checkout(bob, hold(bob, sale.eventId(), List.of(sale.seats().get(1).get(7))));

        JsonNode items = alice.get("/api/v1/me/orders").json().get("items");
        assertThat(items.findValuesAsText("orderId")).containsExactly(second, first);
        assertThat(items.get(0).get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(items.get(0).get("totalCents").asLong()).isEqualTo(4500);
        assertThat(items.get(0).get("eventName").asText()).startsWith("Order Test ");
        assertThat(bob.get("/api/v1/me/orders").json().get("items").findValuesAsText("orderId"))
                .doesNotContain(first, second).hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesCheckoutOrdersAndTheWebhook() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/v1/holds/{holdId}/checkout").get("post").get("responses").fieldNames())
                .toIterable().contains("201", "200", "404", "409");
        assertThat(paths.get("/api/v1/orders/{orderId}").get("get").get("responses").fieldNames())
                .toIterable().contains("200", "404");
        assertThat(paths.get("/api/v1/payments/stripe/webhook").get("post").get("responses").fieldNames())
                .toIterable().contains("200", "400");
        assertThat(paths.get("/api/v1/orders/{orderId}/refund").get("post").get("responses").fieldNames())
                .toIterable().contains("202", "400", "403", "404", "409");
        assertThat(paths.get("/api/v1/admin/reconciliation/run").get("post").get("responses").fieldNames())
                .toIterable().contains("200", "400", "409");
    }
}
