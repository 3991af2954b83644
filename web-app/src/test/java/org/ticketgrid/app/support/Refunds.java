package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.WebhookEndpoint;
import com.stripe.param.RefundListParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointCreateParams.EnabledEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.testing.Eventually;

/** Paid orders to refund, events starting soon, the provider's refunds, and a webhook endpoint that gets refund events. */
public final class Refunds {

    private Refunds() {
    }

    /** A paid order: its id, intent, the buyer's API and the order's tickets. */
    public record Paid(String orderId, String paymentIntentId, Api buyer, TestAccounts.Account account,
            JsonNode order) {

        public List<String> ticketIds() {
            return order.get("tickets").findValuesAsText("id");
        }
    }

    /** Registers {@code url} for booking's payment events and the provider's refund events. */
    public static WebhookEndpoint register(String url) {
        try {
            return Payments.STRIPE.v1().webhookEndpoints().create(WebhookEndpointCreateParams.builder().setUrl(url)
                    .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED)
                    .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__SUCCEEDED)
                    .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__PAYMENT_FAILED)
                    .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__CANCELED)
                    .addEnabledEvent(EnabledEvent.REFUND__CREATED).addEnabledEvent(EnabledEvent.REFUND__UPDATED)
                    .addEnabledEvent(EnabledEvent.CHARGE__REFUNDED).build());
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published event of the shared test merchant starting {@code in} from now (2 x 5 seats per section). */
    public static Orders.Sale aSaleStartingIn(Api api, Duration in) {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = aVenue().withSections(2).withRows(2, 5).create(merchant);
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = merchant.post("/api/v1/events", Map.of("venueId", venue.get("id").asText(), "name",
                "Refund Test " + UUID.randomUUID(), "description", "Soon", "category", "MUSIC", "startsAt",
                starts.toString(), "endsAt", starts.plus(3, ChronoUnit.HOURS).toString(), "highDemand", false,
                "ticketTypes", List.of(Map.of("name", "Standard", "priceCents", 4500, "currency", "EUR",
                        "sectionIds", sectionIds))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Response published = merchant.post("/api/v1/events/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return new Orders.Sale(id, seatIds(venue));
    }

    /** A new customer buys {@code seats}, pays with a card, and the order is CONFIRMED and captured. */
    public static Paid paidOrder(Api api, JdbcClient jdbc, String eventId, List<Long> seats) {
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        JsonNode checkout = Orders.checkout(buyer, Orders.hold(buyer, eventId, seats));
        Payments.ok(Payments.pay(checkout, "pm_card_visa"));
        String orderId = checkout.get("orderId").asText();
        Orders.awaitStatus(buyer, orderId, "CONFIRMED");
        awaitCaptured(jdbc, orderId);
        return new Paid(orderId, checkout.get("paymentIntentId").asText(), buyer, account,
                buyer.get("/api/v1/orders/" + orderId).json());
    }

    /** Waits until the order's payment is captured (the last step of booking). */
    public static void awaitCaptured(JdbcClient jdbc, String orderId) {
        Eventually.eventually(Duration.ofSeconds(30), () -> assertThat(jdbc.sql(
                "SELECT captured_at IS NOT NULL FROM orders WHERE id = ?").param(UUID.fromString(orderId))
                .query(Boolean.class).single()).as("order " + orderId + " captured").isTrue());
    }

    /** The provider's refunds of an intent. */
    public static List<Refund> at(String paymentIntentId) {
        try {
            return Payments.STRIPE.v1().refunds().list(RefundListParams.builder().setPaymentIntent(paymentIntentId)
                    .setLimit(100L).build()).getData();
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's refund events ({@code refund.*}, {@code charge.refunded}) about an intent, newest first. */
    public static List<JsonNode> refundEvents(String paymentIntentId) {
        List<JsonNode> mine = new ArrayList<>();
        for (String type : List.of("refund.created", "charge.refunded")) {
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Payments.SANDBOX + "/v1/events?limit=100&type=" + type))
                        .header("Authorization", "Bearer " + Payments.SECRET_KEY).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                for (JsonNode event : new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())
                        .get("data")) {
                    if (paymentIntentId.equals(event.path("data").path("object").path("payment_intent").asText())) {
                        mine.add(event);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    /** The ticket statuses of an order, by ticket id. */
    public static Map<String, String> ticketStatuses(Api api, String orderId) {
        Map<String, String> statuses = new java.util.HashMap<>();
        api.get("/api/v1/orders/" + orderId).json().get("tickets")
                .forEach(t -> statuses.put(t.get("id").asText(), t.get("status").asText()));
        return statuses;
    }
}
